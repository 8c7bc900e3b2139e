package org.aiip.tracker.importing.internal;

/**
 * The kinds of file the import reads, each recognised from its header (docs/import-format.md): the
 * tracker's own CSV, and the exports analysts already hold from The Lens, Google Patents and
 * Espacenet, where companies appear under the names the registers use.
 */
enum ImportFormat {

    /** The tracker's own columns, as its export writes them: applicants are member slugs. */
    TRACKER,

    /** The Lens patent CSV: one row per published document; several values in a cell joined by ";;". */
    LENS,

    /** A Google Patents result list: "search URL:" on the first line, the header on the second. */
    GOOGLE_PATENTS,

    /** An Espacenet result list: semicolons, search metadata before the header, values on separate lines. */
    ESPACENET,

    /**
     * The tracker's record of real filings, read from public register pages (src/main/resources/record):
     * the page's own words for applicants, owners and status, and the address of the page, per row.
     */
    RECORD;

    /** Whether rows name companies as the registers write them, to be resolved to members. */
    boolean namesCompanies() {
        return this != TRACKER;
    }

}
