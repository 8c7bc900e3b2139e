package org.aiip.tracker.filing;

import java.util.List;

/**
 * The rows of filing lists, read by id once the search engine ({@link FilingIndex}) has found and
 * ordered them: projections, one statement for a page.
 */
interface FilingSearchRepository {

    /** The list rows of these filings, in the order of the ids; ids without a filing are left out. */
    List<FilingListRow> rowsOf(List<Long> ids);

    /** The export rows of these filings, with all fields, in the order of the ids. */
    List<FilingExportRow> exportRowsOf(List<Long> ids);

}
