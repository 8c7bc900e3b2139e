package org.aiip.tracker.filing;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One page of a filing search with what the pagination needs.
 *
 * @param search the search as applied (filters that were ignored are absent and listed)
 * @param rows the rows of this page
 * @param total how many filings match in all
 * @param page the 0-based number of this page
 * @param pageSize rows per page
 */
public record FilingSearchResult(FilingSearch search, List<FilingListRow> rows, long total, int page, int pageSize) {

    /** How many page numbers to show on each side of the current one. */
    private static final int NEARBY = 2;

    public int totalPages() {
        return (int) ((this.total + this.pageSize - 1) / this.pageSize);
    }

    /** The 0-based number of the last page (0 when nothing matches). */
    public int lastPage() {
        return Math.max(0, totalPages() - 1);
    }

    public boolean hasPrevious() {
        return this.page > 0;
    }

    public boolean hasNext() {
        return this.page < lastPage();
    }

    /** The page numbers linked around the current one (0-based). */
    public List<Integer> nearbyPages() {
        return IntStream.rangeClosed(Math.max(0, this.page - NEARBY), Math.min(lastPage(), this.page + NEARBY))
            .boxed()
            .toList();
    }

    /** The 1-based position of the first row shown. */
    public long firstRow() {
        return this.rows.isEmpty() ? 0 : (long) this.page * this.pageSize + 1;
    }

    /** The 1-based position of the last row shown. */
    public long lastRow() {
        return (long) this.page * this.pageSize + this.rows.size();
    }

}
