package org.aiip.tracker.filing;

import java.util.List;
import java.util.stream.Stream;

/** The list queries of filings: projections, filtered by the viewer's visibility first. */
interface FilingSearchRepository {

    /** How many filings the viewer may see match the criteria. */
    long countMatching(FilingSearchCriteria criteria, FilingVisibility visibility);

    /** One page of matching rows, in the criteria's order. */
    List<FilingListRow> findMatching(FilingSearchCriteria criteria, FilingVisibility visibility, int offset, int limit);

    /**
     * Like {@link #findMatching}, counting the offset from the end of the list and returning the rows
     * in the opposite order, so that a page near the end reads few rows from the order's index.
     */
    List<FilingListRow> findMatchingFromEnd(FilingSearchCriteria criteria, FilingVisibility visibility, int offset,
            int limit);

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
