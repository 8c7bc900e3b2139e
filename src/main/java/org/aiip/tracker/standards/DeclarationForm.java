package org.aiip.tracker.standards;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.aiip.tracker.registry.MemberRecordForm;
import org.aiip.tracker.registry.RecordForm;

/** What the declaration form sends; only these fields bind ({@link #FIELDS}). */
public class DeclarationForm extends MemberRecordForm {

    public static final String[] FIELDS = { "memberId", "standardsBody", "standard", "declaredOn", "commitment",
            "commitmentNote", "patents", "families", "sourceUrl", "note", "version" };

    @NotBlank
    @Size(max = 200)
    private String standardsBody;

    @NotBlank
    @Size(max = 300)
    private String standard;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate declaredOn;

    @NotNull
    private Commitment commitment = Commitment.FRAND;

    @Size(max = 1000)
    private String commitmentNote;

    @NotBlank
    @Size(max = 1000)
    @Pattern(regexp = RecordForm.LINK)
    private String sourceUrl;

    public static DeclarationForm from(StandardsDeclaration d) {
        DeclarationForm form = new DeclarationForm();
        form.fillFrom(d, d.getMember(), d.getFilings(), d.getFamilies());
        form.standardsBody = d.getStandardsBody();
        form.standard = d.getStandard();
        form.declaredOn = d.getDeclaredOn();
        form.commitment = d.getCommitment();
        form.commitmentNote = d.getCommitmentNote();
        form.sourceUrl = d.getSourceUrl();
        return form;
    }

    /** What the service needs, the boxes read as lists. */
    public DeclarationCommand toCommand() {
        return new DeclarationCommand(getMemberId(), this.standardsBody, this.standard, this.declaredOn,
                this.commitment, this.commitmentNote, patentList(), familyList(), this.sourceUrl, getNote(),
                getVersion());
    }

    public String getStandardsBody() {
        return this.standardsBody;
    }

    public void setStandardsBody(String standardsBody) {
        this.standardsBody = standardsBody;
    }

    public String getStandard() {
        return this.standard;
    }

    public void setStandard(String standard) {
        this.standard = standard;
    }

    public LocalDate getDeclaredOn() {
        return this.declaredOn;
    }

    public void setDeclaredOn(LocalDate declaredOn) {
        this.declaredOn = declaredOn;
    }

    public Commitment getCommitment() {
        return this.commitment;
    }

    public void setCommitment(Commitment commitment) {
        this.commitment = commitment;
    }

    public String getCommitmentNote() {
        return this.commitmentNote;
    }

    public void setCommitmentNote(String commitmentNote) {
        this.commitmentNote = commitmentNote;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

}
