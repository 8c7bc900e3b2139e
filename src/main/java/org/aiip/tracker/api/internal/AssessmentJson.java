package org.aiip.tracker.api.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.compliance.Evidence;
import org.aiip.tracker.compliance.EvidenceKind;
import org.aiip.tracker.member.MemberCompany;

/**
 * How one member stands on one clause, with the evidence behind it, newest first.
 *
 * @param reviewedOn when an admin last reviewed the assessment ({@code null}: not yet)
 */
record AssessmentJson(MemberRefJson member, ClauseRef clause, ComplianceStatus status, String summary,
        LocalDate reviewedOn, String reviewer, Instant updatedAt, boolean sample, List<EvidenceJson> evidence) {

    /** The assessment of the given member and clause (passed in: they are loaded already). */
    static AssessmentJson of(ComplianceAssessment a, MemberCompany member, int clauseNumber) {
        return new AssessmentJson(MemberRefJson.of(member), new ClauseRef(clauseNumber, ApiPaths.clause(clauseNumber)),
                a.getStatus(), a.getSummary(), a.getReviewedOn(), a.getReviewer(), a.getUpdatedAt(), a.isSample(),
                a.getEvidence().stream().map(EvidenceJson::of).toList());
    }

    /** A clause where another record names it. */
    record ClauseRef(int number, String href) {
    }

    /** A dated piece of evidence: a policy, a publication, an agreement ... */
    record EvidenceJson(LocalDate date, EvidenceKind kind, String description, String link, boolean sample) {

        static EvidenceJson of(Evidence e) {
            return new EvidenceJson(e.getEvidenceDate(), e.getKind(), e.getDescription(), e.getLink(), e.isSample());
        }

    }

}
