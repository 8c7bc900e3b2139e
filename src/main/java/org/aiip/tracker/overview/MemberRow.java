package org.aiip.tracker.overview;

import org.aiip.tracker.member.MemberView;

/**
 * A line of the members list.
 *
 * @param filings the member's visible filings (as applicant)
 * @param implementedClauses how many of the eight clauses the member has implemented
 */
public record MemberRow(MemberView member, long filings, long implementedClauses) {
}
