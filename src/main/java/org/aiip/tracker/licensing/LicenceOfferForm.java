package org.aiip.tracker.licensing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import org.aiip.tracker.registry.MemberRecordForm;
import org.aiip.tracker.registry.RecordForm;

/**
 * What the licence offer form sends. Only these fields bind ({@link #FIELDS}): the id comes from the
 * address, {@code version} is only compared with the stored one. The patents are typed one number a
 * line, the families separated by semicolons or lines; the service finds and checks them. A first
 * snapshot of the licence text may come with the form, as a file or as pasted text.
 */
public class LicenceOfferForm extends MemberRecordForm {

    public static final String[] FIELDS = { "memberId", "title", "terms", "fieldOfUse", "licensees", "offeredFrom",
            "offeredUntil", "licenceUrl", "note", "patents", "families", "wholePortfolio", "sourceUrl", "snapshotText", "snapshotFile", "version" };

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
    @Pattern(regexp = RecordForm.LINK_OR_NOTHING)
    private String licenceUrl;

    private boolean wholePortfolio;

    @Size(max = 1000)
    @Pattern(regexp = RecordForm.LINK_OR_NOTHING)
    private String sourceUrl;

    @Size(max = 1_000_000)
    private String snapshotText;

    private MultipartFile snapshotFile;

    static LicenceOfferForm from(LicenceOffer offer) {
        LicenceOfferForm form = new LicenceOfferForm();
        form.fillFrom(offer, offer.getMember(), offer.getFilings(), offer.getFamilies());
        form.title = offer.getTitle();
        form.terms = offer.getTerms();
        form.fieldOfUse = offer.getFieldOfUse();
        form.licensees = offer.getLicensees();
        form.offeredFrom = offer.getOfferedFrom();
        form.offeredUntil = offer.getOfferedUntil();
        form.licenceUrl = offer.getLicenceUrl();
        form.wholePortfolio = offer.isWholePortfolio();
        form.sourceUrl = offer.getSourceUrl();
        return form;
    }

    /** What the service needs, the boxes read as lists. */
    public LicenceOfferCommand toCommand() {
        return new LicenceOfferCommand(getMemberId(), this.title, this.terms, this.fieldOfUse, this.licensees,
                this.offeredFrom, this.offeredUntil, this.licenceUrl, getNote(), patentList(), familyList(),
                this.wholePortfolio, this.sourceUrl, getVersion());
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

}
