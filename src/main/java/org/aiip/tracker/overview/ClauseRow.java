package org.aiip.tracker.overview;

import org.aiip.tracker.clause.ClauseTextView;

/**
 * A line of the clauses list.
 *
 * @param shown the text in the page language, or the fallback when that language has none
 * @param implemented active members that have implemented the clause
 * @param activeMembers all active members
 */
public record ClauseRow(int number, ClauseTextView shown, long implemented, long activeMembers) {
}
