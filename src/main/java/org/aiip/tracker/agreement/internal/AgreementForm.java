package org.aiip.tracker.agreement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.system.Texts;
import org.aiip.tracker.system.TrimmedForm;
import org.aiip.tracker.agreement.AgreementKind;
import org.aiip.tracker.agreement.CooperationAgreement;
import org.aiip.tracker.agreement.DatePrecision;

/**
 * What the admins' agreement form sends. Only these fields bind (see
 * {@link AgreementFormController}): the id comes from the address, the sample flag never from a
 * form, and {@code version} is only compared with the stored one.
 */
class AgreementForm implements TrimmedForm {

    static final String[] FIELDS = { "title", "signedOn", "signedPrecision", "kind", "partyIds", "technologyFields",
            "clauseNumbers", "description", "source", "version" };

    /** Technology fields are typed in one box, separated by semicolons. */
    static final String FIELD_SEPARATOR = ";";

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;

    @NotNull
    private DatePrecision signedPrecision = DatePrecision.DAY;

    @NotNull
    private AgreementKind kind = AgreementKind.OTHER;

    @Size(min = 2)
    private List<Long> partyIds = new ArrayList<>();

    @Size(max = 2000)
    private String technologyFields;

    private List<Integer> clauseNumbers = new ArrayList<>();

    @Size(max = 4000)
    private String description;

    @Size(max = 1000)
    private String source;

    private long version;

    static AgreementForm from(CooperationAgreement agreement) {
        AgreementForm form = new AgreementForm();
        form.title = agreement.getTitle();
        form.signedOn = agreement.getSignedOn();
        form.signedPrecision = agreement.getSignedPrecision();
        form.kind = agreement.getKind();
        form.partyIds = new ArrayList<>(agreement.getParties().stream().map(MemberCompany::getId).toList());
        form.technologyFields = String.join(FIELD_SEPARATOR + " ", agreement.getTechnologyFields());
        form.clauseNumbers = new ArrayList<>(agreement.getRelatedClauses().stream().map(Clause::getNumber).toList());
        form.description = agreement.getDescription();
        form.source = agreement.getSource();
        form.version = agreement.getVersion();
        return form;
    }

    /** What the service needs: the technology fields one by one, trimmed, without blanks or repeats. */
    public AgreementCommand toCommand() {
        return new AgreementCommand(this.title, this.signedOn, this.signedPrecision, this.kind, this.partyIds,
                Texts.items(this.technologyFields, FIELD_SEPARATOR), this.clauseNumbers, this.description,
                this.source, this.version);
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getSignedOn() {
        return this.signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public DatePrecision getSignedPrecision() {
        return this.signedPrecision;
    }

    public void setSignedPrecision(DatePrecision signedPrecision) {
        this.signedPrecision = signedPrecision;
    }

    public AgreementKind getKind() {
        return this.kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public List<Long> getPartyIds() {
        return this.partyIds;
    }

    public void setPartyIds(List<Long> partyIds) {
        this.partyIds = partyIds == null ? new ArrayList<>() : partyIds;
    }

    public String getTechnologyFields() {
        return this.technologyFields;
    }

    public void setTechnologyFields(String technologyFields) {
        this.technologyFields = technologyFields;
    }

    public List<Integer> getClauseNumbers() {
        return this.clauseNumbers;
    }

    public void setClauseNumbers(List<Integer> clauseNumbers) {
        this.clauseNumbers = clauseNumbers == null ? new ArrayList<>() : clauseNumbers;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
