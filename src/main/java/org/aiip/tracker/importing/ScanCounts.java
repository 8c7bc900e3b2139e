package org.aiip.tracker.importing;

/** The rows of a file by outcome: without errors (new or matching), with errors, and matching existing filings. */
record ScanCounts(int total, int valid, int errors, int matches) {

}
