package org.aiip.tracker.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the assessment form sends. Only these fields bind (see {@link ComplianceFormController}):
 * member and clause come from the address, reviewer and review date only from the review button,
 * and {@code version} is only compared with the stored one ({@code null}: no assessment yet).
 */
public class ComplianceForm {

    static final String[] FIELDS = { "status", "summary", "version" };

    @NotNull
    private ComplianceStatus status = ComplianceStatus.NOT_STARTED;

    @Size(max = 4000)
    private String summary;

    private Long version;

    /** The form for an assessment, or an empty one where there is none yet. */
    static ComplianceForm from(ComplianceAssessment assessment) {
        ComplianceForm form = new ComplianceForm();
        if (assessment != null) {
            form.status = assessment.getStatus();
            form.summary = assessment.getSummary();
            form.version = assessment.getVersion();
        }
        return form;
    }

    public ComplianceStatus getStatus() {
        return this.status;
    }

    public void setStatus(ComplianceStatus status) {
        this.status = status;
    }

    public String getSummary() {
        return this.summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getVersion() {
        return this.version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

}
