package org.aiip.tracker.importing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.FilingParty;

/**
 * What a row of an export file brings besides the filing's fields: where it can be checked, how much
 * of its filing date is known, its applicants and owners as the file names them, the references that
 * join it to its family, and what reading it noted (a computed check character, a year-only date).
 *
 * @param source the row as read, kept so that a row waiting for names can be checked again later
 * @param coApplicantIds the members among the applicants other than the first
 * @param serials the serials of the row's own published documents, by which it matches a filing on record
 * @param notes what the reading did, for the preview (message codes); not errors
 * @param waitingNames the applicant names no member alias or decision covers yet (key to name as written)
 * @param weakStatus whether the status only says "published" because the row is a publication, so
 *        that it never moves a filing back from a later status
 */
record RowExtras(ImportFormat format, SourceRow source, String sourceUrl, FilingDateSource dateSource,
        List<FilingParty> parties, int applicantCount, List<Long> coApplicantIds, Set<String> familyRefs,
        List<String> serials, List<RowIssue> notes, Map<String, String> waitingNames, boolean weakStatus) {

    boolean waits() {
        return !this.waitingNames.isEmpty();
    }

}
