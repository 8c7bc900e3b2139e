package org.aiip.tracker.filing;

import java.util.List;

/**
 * A stretch of a filing search read by keyset rather than by page number.
 *
 * @param search the search as applied (filters that were ignored are absent and listed)
 * @param rows the rows, in the search's order
 * @param more whether further rows follow the last one
 * @param total how many filings match in all
 */
public record FilingSlice(FilingSearch search, List<FilingListRow> rows, boolean more, long total) {

    /** Where the next stretch starts, or {@code null} after the last. */
    public FilingKeyset next() {
        return (this.more && !this.rows.isEmpty()) ? FilingKeyset.after(this.rows.get(this.rows.size() - 1)) : null;
    }

}
