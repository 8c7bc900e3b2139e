package org.aiip.tracker.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.aiip.tracker.filing.FilingReferences;

/** What the declaration form sends; only these fields bind ({@link #FIELDS}). */
public class DeclarationForm {

    static final String[] FIELDS = { "memberId", "standardsBody", "standard", "declaredOn", "commitment",
            "commitmentNote", "patents", "families", "sourceUrl", "note", "version" };

    @NotNull
    private Long memberId;

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

    @Size(max = 20000)
    private String patents;

    @Size(max = 4000)
    private String families;

    @NotBlank
    @Size(max = 1000)
    @Pattern(regexp = "(?i)https?://\\S+")
    private String sourceUrl;

    @Size(max = 4000)
    private String note;

    private long version;

    static DeclarationForm from(StandardsDeclaration d) {
        DeclarationForm form = new DeclarationForm();
        form.memberId = d.getMember().getId();
        form.standardsBody = d.getStandardsBody();
        form.standard = d.getStandard();
        form.declaredOn = d.getDeclaredOn();
        form.commitment = d.getCommitment();
        form.commitmentNote = d.getCommitmentNote();
        form.patents = String.join("\n", d.getFilings().stream().map(FilingReferences::reference).toList());
        form.families = String.join("; ", d.getFamilies());
        form.sourceUrl = d.getSourceUrl();
        form.note = d.getNote();
        form.version = d.getVersion();
        return form;
    }

    List<String> patentList() {
        return split(this.patents, "[\\r\\n;]+");
    }

    List<String> familyList() {
        return split(this.families, "[\\r\\n;,]+");
    }

    private static List<String> split(String text, String separators) {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(separators)) {
                String value = part.strip();
                if (!value.isEmpty() && !parts.contains(value)) {
                    parts.add(value);
                }
            }
        }
        return parts;
    }

    public Long getMemberId() {
        return this.memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
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

    public String getPatents() {
        return this.patents;
    }

    public void setPatents(String patents) {
        this.patents = patents;
    }

    public String getFamilies() {
        return this.families;
    }

    public void setFamilies(String families) {
        this.families = families;
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
