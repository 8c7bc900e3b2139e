package org.aiip.tracker.importing;

import java.util.List;

/**
 * What the preview page shows of a checked file: the first rows of each kind (the counts of all
 * are on the job). Kept beside the upload as JSON until the person confirms or cancels.
 */
record ImportPreview(List<Row> fine, List<Issue> errors, List<Row> matches) {

    /** How many rows of each kind the preview keeps. */
    static final int CAP = 200;

    /** A row that can be written: new, or matching the filing {@code existingId}. */
    record Row(int row, String office, String number, String applicant, String title, String filingDate,
            Long existingId) {
    }

    /** One problem of one row. */
    record Issue(int row, String column, String code, List<String> arguments, String defaultMessage) {
    }

}
