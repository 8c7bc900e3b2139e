package org.aiip.tracker.overview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.member.MemberCompany;

/**
 * Every assessment's status by member and clause number: the matrix, the "implemented n of 8" of
 * the members list and the clause coverage all read it. Built from one query.
 */
final class ComplianceFigures {

    private final Map<Long, Map<Integer, ComplianceStatus>> byMember = new HashMap<>();

    ComplianceFigures(List<ComplianceAssessment> assessments) {
        for (ComplianceAssessment a : assessments) {
            this.byMember.computeIfAbsent(a.getMember().getId(), id -> new HashMap<>())
                .put(a.getClause().getNumber(), a.getStatus());
        }
    }

    Optional<ComplianceStatus> status(MemberCompany member, int clauseNumber) {
        return Optional.ofNullable(this.byMember.getOrDefault(member.getId(), Map.of()).get(clauseNumber));
    }

    /** The CSS/message suffix of a matrix cell: the status name, or NONE when not assessed. */
    String cell(MemberCompany member, int clauseNumber) {
        return status(member, clauseNumber).map(Enum::name).orElse("NONE");
    }

    long implementedBy(MemberCompany member) {
        return this.byMember.getOrDefault(member.getId(), Map.of())
            .values()
            .stream()
            .filter(s -> s == ComplianceStatus.IMPLEMENTED)
            .count();
    }

    /** How many of the given (active) members have implemented the clause. */
    long implementedAmong(List<MemberCompany> members, int clauseNumber) {
        return members.stream()
            .filter(m -> status(m, clauseNumber).filter(s -> s == ComplianceStatus.IMPLEMENTED).isPresent())
            .count();
    }

}
