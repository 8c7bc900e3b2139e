package org.aiip.tracker.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessment as the public pages show it (a member's profile, a clause page): its status, summary, last
 * review and evidence, read inside the page's transaction so that templates get values, not entities.
 *
 * @param evidence newest first
 */
public record AssessmentView(Long id, ComplianceStatus status, String summary, LocalDate reviewedOn,
        String reviewer, List<EvidenceLine> evidence) {

    public AssessmentView {
        evidence = List.copyOf(evidence);
    }

    /** The view of an assessment, or {@code null} for none (not assessed yet). */
    public static AssessmentView of(ComplianceAssessment assessment) {
        if (assessment == null) {
            return null;
        }
        return new AssessmentView(assessment.getId(), assessment.getStatus(), assessment.getSummary(),
                assessment.getReviewedOn(), assessment.getReviewer(),
                assessment.getEvidence().stream().map(EvidenceLine::of).toList());
    }

    /** One dated piece of evidence; {@code link} is shown as a link only when it is an http or https address. */
    public record EvidenceLine(Long id, LocalDate evidenceDate, EvidenceKind kind, String description, String link) {

        static EvidenceLine of(Evidence evidence) {
            return new EvidenceLine(evidence.getId(), evidence.getEvidenceDate(), evidence.getKind(),
                    evidence.getDescription(), evidence.getLink());
        }

    }

}
