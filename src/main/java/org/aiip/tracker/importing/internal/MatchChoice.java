package org.aiip.tracker.importing.internal;

/** What to do with rows whose office and number are already on record. */
enum MatchChoice {

    UPDATE, SKIP

}
