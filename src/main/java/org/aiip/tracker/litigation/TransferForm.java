package org.aiip.tracker.litigation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.aiip.tracker.filing.FilingReferences;

/** What the transfer form sends; only these fields bind ({@link #FIELDS}). */
public class TransferForm {

    static final String[] FIELDS = { "patent", "assignee", "assertionEntity", "transferredOn", "sourceUrl", "note",
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
    @Pattern(regexp = CaseForm.LINK)
    private String sourceUrl;

    @Size(max = 4000)
    private String note;

    private long version;

    static TransferForm from(PatentTransfer t) {
        TransferForm form = new TransferForm();
        form.patent = FilingReferences.reference(t.getFiling());
        form.assignee = t.getAssignee();
        form.assertionEntity = t.isAssertionEntity();
        form.transferredOn = t.getTransferredOn();
        form.sourceUrl = t.getSourceUrl();
        form.note = t.getNote();
        form.version = t.getVersion();
        return form;
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

    public String getNote() {
        return this.note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
