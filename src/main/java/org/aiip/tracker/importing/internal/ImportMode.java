package org.aiip.tracker.importing.internal;

/** What to write when the person confirms: the whole file or nothing, or only the rows without errors. */
enum ImportMode {

    ALL_OR_NOTHING, VALID_ONLY

}
