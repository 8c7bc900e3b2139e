package org.aiip.tracker.importing.internal;

/**
 * How far a written import's filings have reached the search index, which takes them in the background after the
 * write commits: until then lists and searches show those filings as they were, their own pages as written.
 */
enum IndexState {

    /** The background is adding them; the job page refreshes itself. */
    INDEXING,

    /** Lists and searches show them all. */
    INDEXED,

    /** Indexing failed; the instance's next start, or a rebuild of the index, adds them. */
    FAILED,

    /** The instance stopped (or was lost) before it was done; its next start adds them. */
    INTERRUPTED

}
