package org.aiip.tracker.litigation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.registry.RecordForm;

/** What the transfer form sends; only these fields bind ({@link #FIELDS}). */
public class TransferForm extends RecordForm {

    public static final String[] FIELDS = { "patent", "assignee", "assertionEntity", "transferredOn", "sourceUrl", "note",
            "version" };

    @NotBlank
    @Size(max = 100)
    private String patent;

    @NotBlank
    @Size(max = 300)
    private String assignee;

    private boolean assertionEntity;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate transferredOn;

    @NotBlank
    @Size(max = 1000)
    @Pattern(regexp = RecordForm.LINK)
    private String sourceUrl;

    static TransferForm from(PatentTransfer t) {
        TransferForm form = new TransferForm();
        form.fillFrom(t);
        form.patent = FilingReferences.reference(t.getFiling());
        form.assignee = t.getAssignee();
        form.assertionEntity = t.isAssertionEntity();
        form.transferredOn = t.getTransferredOn();
        form.sourceUrl = t.getSourceUrl();
        return form;
    }

    /** What the service needs. */
    public TransferCommand toCommand() {
        return new TransferCommand(this.patent, this.assignee, this.assertionEntity, this.transferredOn,
                this.sourceUrl, getNote(), getVersion());
    }

    public String getPatent() {
        return this.patent;
    }

    public void setPatent(String patent) {
        this.patent = patent;
    }

    public String getAssignee() {
        return this.assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public boolean isAssertionEntity() {
        return this.assertionEntity;
    }

    public void setAssertionEntity(boolean assertionEntity) {
        this.assertionEntity = assertionEntity;
    }

    public LocalDate getTransferredOn() {
        return this.transferredOn;
    }

    public void setTransferredOn(LocalDate transferredOn) {
        this.transferredOn = transferredOn;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

}
