package org.aiip.tracker.importing.internal;

/**
 * What an import wrote: filings created, filings updated, matching rows skipped (the person chose to skip
 * them), and matching filings that already had every value their row brings, which were left as they were.
 */
record WriteCounts(int created, int updated, int skipped, int unchanged) {

    static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0);

    WriteCounts plus(WriteCounts other) {
        return new WriteCounts(this.created + other.created, this.updated + other.updated,
                this.skipped + other.skipped, this.unchanged + other.unchanged);
    }

}
