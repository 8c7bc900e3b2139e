package org.aiip.tracker.api.internal;

import java.util.List;
import java.util.Optional;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.compliance.ComplianceService;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Compliance assessments with their evidence, read and turned into JSON records in one transaction. */
@Component
@Transactional(readOnly = true)
class ComplianceReads {

    private final ComplianceService compliance;

    private final MemberService members;

    private final ClauseService clauses;

    ComplianceReads(ComplianceService compliance, MemberService members, ClauseService clauses) {
        this.compliance = compliance;
        this.members = members;
        this.clauses = clauses;
    }

    /** The member's assessments in clause order; an unknown slug is not found. */
    List<AssessmentJson> ofMember(String slug) {
        MemberCompany member = this.members.bySlug(slug).orElseThrow(() -> new NotFoundException("Member " + slug));
        return this.compliance.forMember(member.getId())
            .stream()
            .map(a -> AssessmentJson.of(a, member, a.getClause().getNumber()))
            .toList();
    }

    /** Every member's assessment of the clause, by member name; anything but a clause number 1 to 8 is not found. */
    List<AssessmentJson> ofClause(String number) {
        Optional<Clause> found = number.matches("\\d{1,2}") ? this.clauses.byNumber(Integer.parseInt(number))
                : Optional.empty();
        Clause clause = found.orElseThrow(() -> new NotFoundException("Clause " + number));
        return this.compliance.forClause(clause.getId())
            .stream()
            .map(a -> AssessmentJson.of(a, a.getMember(), clause.getNumber()))
            .toList();
    }

}
