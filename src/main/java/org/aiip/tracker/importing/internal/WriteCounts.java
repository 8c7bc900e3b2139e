package org.aiip.tracker.importing.internal;

/** What an import wrote: filings created, filings updated, matching rows skipped. */
record WriteCounts(int created, int updated, int skipped) {

}
