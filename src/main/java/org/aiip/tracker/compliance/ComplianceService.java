package org.aiip.tracker.compliance;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads compliance assessments with their evidence for the public pages. */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

    private final ComplianceAssessmentRepository assessments;

    ComplianceService(ComplianceAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    /** A member's assessments, clause by clause, with evidence and clause texts loaded. */
    public List<ComplianceAssessment> forMember(Long memberId) {
        return this.assessments.findByMemberIdOrderByClauseNumberAsc(memberId);
    }

    /** Every member's assessment of one clause, with evidence loaded. */
    public List<ComplianceAssessment> forClause(Long clauseId) {
        return this.assessments.findByClauseIdOrderByMemberNameEnAsc(clauseId);
    }

    /** All assessments with member and clause, for the member × clause matrix. */
    public List<ComplianceAssessment> all() {
        return this.assessments.findAllBy();
    }

}
