package org.aiip.tracker.compliance;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.member.MemberCompany;

/**
 * What the assessment page edits: a member, a clause (texts loaded) and the member's assessment
 * of it with its evidence, or {@code null} when there is none yet.
 */
public record AssessmentEdit(MemberCompany member, Clause clause, ComplianceAssessment assessment) {

    /** How the audit trail names the assessment, e.g. "Baidu – clause 3". */
    public String auditName() {
        return this.member.getNameEn() + " – clause " + this.clause.getNumber();
    }

}
