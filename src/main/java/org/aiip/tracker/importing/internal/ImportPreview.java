package org.aiip.tracker.importing.internal;

import java.util.List;
import java.util.Map;

/**
 * What the preview page shows of a checked file: the first rows of each kind (the counts of all
 * are on the job), what reading the rows noted, the company names rows wait for, and the fields a
 * re-import would change although they were changed by hand. Kept beside the upload as JSON until
 * the person confirms or cancels.
 */
record ImportPreview(List<Row> fine, List<Issue> errors, List<Row> matches, List<Row> waiting, List<Issue> notes,
        Map<String, Integer> names, List<Conflict> conflicts) {

    /** How many rows of each kind the preview keeps. */
    static final int CAP = 200;

    ImportPreview(List<Row> fine, List<Issue> errors, List<Row> matches) {
        this(fine, errors, matches, List.of(), List.of(), Map.of(), List.of());
    }

    /**
     * A row that can be written: new, matching the filing {@code existingId}, or adding to the earlier
     * row {@code joinsRow} of the file (-1: none). {@code dateSource} says how much of the filing date
     * is known ({@link org.aiip.tracker.filing.FilingDateSource}), null for the tracker's own format.
     * {@code byPublication} is true when the row names no application number and {@code number} is its
     * publication number (null in previews written before it was kept: read as false).
     */
    record Row(int row, String office, String number, String applicant, String title, String filingDate,
            Long existingId, int joinsRow, String dateSource, Boolean byPublication) {

        Row(int row, String office, String number, String applicant, String title, String filingDate, Long existingId) {
            this(row, office, number, applicant, title, filingDate, existingId, -1, null, false);
        }

        /** Whether {@code number} is the row's publication number: the file gives no application number. */
        public boolean numberIsPublication() {
            return Boolean.TRUE.equals(this.byPublication);
        }

    }

    /** One problem of one row, or one note on it. */
    record Issue(int row, String column, String code, List<String> arguments, String defaultMessage) {
    }

    /** A field the file would change that was entered or changed by hand: the person chooses. */
    record Conflict(int row, long filingId, String number, String field, String current, String incoming,
            String choiceKey) {
    }

}
