package org.aiip.tracker.importing.internal;

/**
 * The rows of a file by outcome: without errors (new, matching, joining or waiting), with errors,
 * matching filings on record, waiting for company names to be decided, and joining an earlier row of
 * the same file; and the fields a re-import would change that were changed by hand since.
 */
record ScanCounts(int total, int valid, int errors, int matches, int waiting, int joins, int conflicts,
        ImportFormat format) {

    ScanCounts(int total, int valid, int errors, int matches) {
        this(total, valid, errors, matches, 0, 0, 0, ImportFormat.TRACKER);
    }

}
