package org.aiip.tracker.importing;

/** What to do with rows whose office and number are already on record. */
public enum MatchChoice {

    UPDATE, SKIP

}
