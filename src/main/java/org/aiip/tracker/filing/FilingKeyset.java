package org.aiip.tracker.filing;

import java.time.LocalDate;

/**
 * Where a keyset page of a filing search starts: just after the row with these values in the
 * search's order. Only the values of the order in use need to be set (the filing date for newest and
 * oldest, the title for title, office and application number for number); the id breaks ties.
 * Deep pages read this way cost the same as the first, unlike an offset that the database must count
 * through.
 *
 * @param applicationNumber the normalised (stored) application number
 */
public record FilingKeyset(LocalDate filingDate, String title, PatentOffice office, String applicationNumber,
        long id) {

    /** The position just after this row. */
    public static FilingKeyset after(FilingListRow row) {
        return new FilingKeyset(row.filingDate(), row.title(), row.office(), row.applicationNumber(), row.id());
    }

}
