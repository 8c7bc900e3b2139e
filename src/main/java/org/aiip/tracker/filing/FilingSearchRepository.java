package org.aiip.tracker.filing;

import java.util.List;
import java.util.stream.Stream;

/** The list queries of filings: projections, filtered by the viewer's visibility first. */
interface FilingSearchRepository {

    /** How many filings the viewer may see match the criteria. */
    long countMatching(FilingSearchCriteria criteria, FilingVisibility visibility);

    /**
     * One page of matching rows, in the criteria's order; with {@code byDate} (H2 only, see
     * {@link #walksDatesForLargeLists}) a member or area filter is checked row by row while the date
     * index is read, instead of being looked up in its own index.
     */
    List<FilingListRow> findMatching(FilingSearchCriteria criteria, FilingVisibility visibility, int offset,
            int limit, boolean byDate);

    /**
     * Like {@link #findMatching}, counting the offset from the end of the list and returning the rows
     * in the opposite order, so that a page near the end reads few rows from the order's index.
     */
    List<FilingListRow> findMatchingFromEnd(FilingSearchCriteria criteria, FilingVisibility visibility, int offset,
            int limit, boolean byDate);

    /**
     * Whether a list by date filtered on a member or an area with many filings is better read off the
     * date index (H2). H2 always gives a foreign key an index of exactly its column and then prefers it
     * to {@code (applicant_id, filing_date, id)}, so it would fetch and sort every filing of the member
     * to show twenty. PostgreSQL uses the list index and needs nothing of this.
     */
    boolean walksDatesForLargeLists();

    /**
     * Every matching filing the viewer may see, with all fields, in the criteria's order, as a
     * stream to be read inside a transaction (the export writes it out row by row).
     */
    Stream<FilingExportRow> streamMatching(FilingSearchCriteria criteria, FilingVisibility visibility);

    /** The other filings of a family that the viewer may see, oldest first. */
    List<FilingListRow> findFamily(String familyKey, long excludedId, FilingVisibility visibility);

    /**
     * Up to {@code limit} matching rows that come after the given position in the criteria's order
     * (from the start when {@code after} is null): keyset paging, for deep pages of the API.
     */
    List<FilingListRow> findMatchingAfter(FilingSearchCriteria criteria, FilingVisibility visibility,
            FilingKeyset after, int limit);

}
