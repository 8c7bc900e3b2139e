package org.aiip.tracker.api.internal;

import java.time.LocalDate;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberRole;
import org.aiip.tracker.member.MemberStatus;

/**
 * A member company as a line of the members list.
 *
 * @param filings its filings (as applicant) that the caller may see
 * @param implementedClauses how many of the eight clauses it has implemented
 */
record MemberJson(String slug, Names name, MemberStatus status, MemberRole role, LocalDate joinedOn,
        LocalDate withdrawnOn, long filings, long implementedClauses, String href) {

    static MemberJson of(MemberCompany m, long filings, long implementedClauses) {
        return new MemberJson(m.getSlug(), Names.of(m.getNameEn(), m.getNameZh(), m.getNameKo()), m.getStatus(),
                m.getRole(), m.getJoinedOn(), m.getWithdrawnOn(), filings, implementedClauses,
                ApiPaths.member(m.getSlug()));
    }

}
