package org.aiip.tracker.compliance;

/** Someone else saved the assessment (or its evidence) after the form was opened; nothing was overwritten. */
public class StaleAssessmentException extends RuntimeException {

    private final transient ComplianceAssessment current;

    StaleAssessmentException(ComplianceAssessment current) {
        super("the assessment was changed by someone else");
        this.current = current;
    }

    /** The assessment as it is stored now. */
    public ComplianceAssessment current() {
        return this.current;
    }

}
