package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.member.MemberRole;
import org.aiip.tracker.member.MemberStatus;

/**
 * A member company's profile with its filing figures (what the caller may see).
 *
 * @param implementedClauses how many of the eight clauses it has implemented
 */
record MemberDetailJson(String slug, Names name, String sector, String website, String description,
        LocalDate joinedOn, MemberStatus status, LocalDate withdrawnOn, MemberRole role, Filings filings,
        long implementedClauses, Links links) {

    /** The member's filings as applicant, in figures. */
    record Filings(FiguresJson.Totals totals, List<FiguresJson.YearCount> perYear,
            List<FiguresJson.AreaCount> byArea, List<FiguresJson.OfficeCount> byOffice) {
    }

    /** Where to read more: the member, its filings, its compliance assessments and its agreements. */
    record Links(String self, String filings, String compliance, String agreements) {
    }

}
