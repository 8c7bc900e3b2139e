package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.List;

/**
 * Records of other features that name a filing: licence offers, court cases, transfers, standards
 * declarations. The filing page lists them; the features implement this, so that the filing module
 * needs to know none of them.
 */
public interface FilingMentions {

    /** The records that name this filing (or its family), for the filing's page. */
    List<Mention> of(PatentFiling filing);

    /**
     * One record.
     *
     * @param kind the message key of the kind of record ("a licence offer")
     * @param label the record's own name (a title, a case number)
     * @param date the record's date, or {@code null}
     * @param href the record's page
     */
    record Mention(String kind, String label, LocalDate date, String href) {
    }

}
