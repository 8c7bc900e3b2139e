package org.aiip.tracker.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import org.aiip.tracker.filing.FilingReferences;

/**
 * What the licence offer form sends. Only these fields bind ({@link #FIELDS}): the id comes from the
 * address, {@code version} is only compared with the stored one. The patents are typed one number a
 * line, the families separated by semicolons or lines; the service finds and checks them. A first
 * snapshot of the licence text may come with the form, as a file or as pasted text.
 */
public class LicenceOfferForm {

    static final String[] FIELDS = { "memberId", "title", "terms", "fieldOfUse", "licensees", "offeredFrom",
            "offeredUntil", "licenceUrl", "note", "patents", "families", "wholePortfolio", "sourceUrl", "snapshotText", "snapshotFile", "version" };

    /** A web address (http or https, no blanks), or nothing: the browser sends an empty field as "". */
    static final String LINK = "((?i)https?://\\S+)?";

    @NotNull
    private Long memberId;

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    private LicenceTerms terms;

    @Size(max = 1000)
    private String fieldOfUse;

    @NotBlank
    @Size(max = 1000)
    private String licensees;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate offeredFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate offeredUntil;

    @Size(max = 1000)
    @Pattern(regexp = LINK)
    private String licenceUrl;

    @Size(max = 4000)
    private String note;

    @Size(max = 20000)
    private String patents;

    @Size(max = 4000)
    private String families;

    private boolean wholePortfolio;

    @Size(max = 1000)
    @Pattern(regexp = LINK)
    private String sourceUrl;

    @Size(max = 1_000_000)
    private String snapshotText;

    private MultipartFile snapshotFile;

    private long version;

    static LicenceOfferForm from(LicenceOffer offer) {
        LicenceOfferForm form = new LicenceOfferForm();
        form.memberId = offer.getMember().getId();
        form.title = offer.getTitle();
        form.terms = offer.getTerms();
        form.fieldOfUse = offer.getFieldOfUse();
        form.licensees = offer.getLicensees();
        form.offeredFrom = offer.getOfferedFrom();
        form.offeredUntil = offer.getOfferedUntil();
        form.licenceUrl = offer.getLicenceUrl();
        form.note = offer.getNote();
        form.patents = String.join("\n", offer.getFilings().stream().map(FilingReferences::reference).toList());
        form.families = String.join("; ", offer.getFamilies());
        form.wholePortfolio = offer.isWholePortfolio();
        form.sourceUrl = offer.getSourceUrl();
        form.version = offer.getVersion();
        return form;
    }

    /** The typed patent numbers, one a line (semicolons also separate; commas belong to some numbers), without blanks or repeats. */
    List<String> patentList() {
        return split(this.patents, "[\\r\\n;]+");
    }

    List<String> familyList() {
        return split(this.families, "[\\r\\n;,]+");
    }

    static List<String> split(String text, String separators) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String part : text.split(separators)) {
            String value = part.strip();
            if (!value.isEmpty() && !parts.contains(value)) {
                parts.add(value);
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

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LicenceTerms getTerms() {
        return this.terms;
    }

    public void setTerms(LicenceTerms terms) {
        this.terms = terms;
    }

    public String getFieldOfUse() {
        return this.fieldOfUse;
    }

    public void setFieldOfUse(String fieldOfUse) {
        this.fieldOfUse = fieldOfUse;
    }

    public String getLicensees() {
        return this.licensees;
    }

    public void setLicensees(String licensees) {
        this.licensees = licensees;
    }

    public LocalDate getOfferedFrom() {
        return this.offeredFrom;
    }

    public void setOfferedFrom(LocalDate offeredFrom) {
        this.offeredFrom = offeredFrom;
    }

    public LocalDate getOfferedUntil() {
        return this.offeredUntil;
    }

    public void setOfferedUntil(LocalDate offeredUntil) {
        this.offeredUntil = offeredUntil;
    }

    public String getLicenceUrl() {
        return this.licenceUrl;
    }

    public void setLicenceUrl(String licenceUrl) {
        this.licenceUrl = licenceUrl;
    }

    public String getNote() {
        return this.note;
    }

    public void setNote(String note) {
        this.note = note;
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

    public boolean isWholePortfolio() {
        return this.wholePortfolio;
    }

    public void setWholePortfolio(boolean wholePortfolio) {
        this.wholePortfolio = wholePortfolio;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getSnapshotText() {
        return this.snapshotText;
    }

    public void setSnapshotText(String snapshotText) {
        this.snapshotText = snapshotText;
    }

    public MultipartFile getSnapshotFile() {
        return this.snapshotFile;
    }

    public void setSnapshotFile(MultipartFile snapshotFile) {
        this.snapshotFile = snapshotFile;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
