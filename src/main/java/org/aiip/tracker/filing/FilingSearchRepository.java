package org.aiip.tracker.filing;

import java.util.List;

/** The list queries of filings: projections, filtered by the viewer's visibility first. */
interface FilingSearchRepository {

    /** How many filings the viewer may see match the criteria. */
    long countMatching(FilingSearchCriteria criteria, FilingVisibility visibility);

    /** One page of matching rows, in the criteria's order. */
    List<FilingListRow> findMatching(FilingSearchCriteria criteria, FilingVisibility visibility, int offset, int limit);

    /** The other filings of a family that the viewer may see, oldest first. */
    List<FilingListRow> findFamily(String familyKey, long excludedId, FilingVisibility visibility);

}
