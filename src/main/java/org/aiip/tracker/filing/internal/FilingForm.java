package org.aiip.tracker.filing.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;

/**
 * What the filing form sends. Only these fields bind (see {@link FilingFormController}); the
 * filing's id comes from the address, never from the form, and {@code version} is only compared
 * with the stored one.
 */
class FilingForm {

    static final String[] FIELDS = { "office", "applicationNumber", "applicantId", "title", "abstractText",
            "filingDate", "priorityDate", "publicationNumber", "publicationDate", "grantNumber", "grantDate",
            "legalStatus", "technologyArea", "ipcClasses", "openLicence", "licenceTerms", "familyKey", "version" };

    private PatentOffice office = PatentOffice.CN;

    private String applicationNumber;

    private Long applicantId;

    private String title;

    private String abstractText;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filingDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate priorityDate;

    private String publicationNumber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publicationDate;

    private String grantNumber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate grantDate;

    private LegalStatus legalStatus = LegalStatus.FILED;

    private String technologyArea;

    private String ipcClasses;

    private boolean openLicence;

    private String licenceTerms;

    private String familyKey;

    private long version;

    static FilingForm from(PatentFiling filing) {
        FilingForm form = new FilingForm();
        form.office = filing.getOffice();
        form.applicationNumber = filing.getNumber() == null ? null : filing.getNumber().display();
        form.applicantId = filing.getApplicant().getId();
        form.title = filing.getTitle();
        form.abstractText = filing.getAbstractText();
        form.filingDate = filing.getFilingDate();
        form.priorityDate = filing.getPriorityDate();
        form.publicationNumber = filing.getPublicationNumber();
        form.publicationDate = filing.getPublicationDate();
        form.grantNumber = filing.getGrantNumber();
        form.grantDate = filing.getGrantDate();
        form.legalStatus = filing.getLegalStatus();
        form.technologyArea = filing.getTechnologyArea().getCode();
        form.ipcClasses = String.join("; ", filing.getIpcSymbols());
        form.openLicence = filing.isOpenLicence();
        form.licenceTerms = filing.getLicenceTerms();
        form.familyKey = filing.getFamilyKey();
        form.version = filing.getVersion();
        return form;
    }

    FilingData toData() {
        return new FilingData(this.office, this.applicationNumber, this.applicantId, this.title, this.abstractText,
                this.filingDate, this.priorityDate, this.publicationNumber, this.publicationDate, this.grantNumber,
                this.grantDate, this.legalStatus, this.technologyArea, this.ipcClasses, this.openLicence,
                this.licenceTerms, this.familyKey);
    }

    public PatentOffice getOffice() {
        return this.office;
    }

    public void setOffice(PatentOffice office) {
        this.office = office;
    }

    public String getApplicationNumber() {
        return this.applicationNumber;
    }

    public void setApplicationNumber(String applicationNumber) {
        this.applicationNumber = applicationNumber;
    }

    public Long getApplicantId() {
        return this.applicantId;
    }

    public void setApplicantId(Long applicantId) {
        this.applicantId = applicantId;
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAbstractText() {
        return this.abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    public LocalDate getFilingDate() {
        return this.filingDate;
    }

    public void setFilingDate(LocalDate filingDate) {
        this.filingDate = filingDate;
    }

    public LocalDate getPriorityDate() {
        return this.priorityDate;
    }

    public void setPriorityDate(LocalDate priorityDate) {
        this.priorityDate = priorityDate;
    }

    public String getPublicationNumber() {
        return this.publicationNumber;
    }

    public void setPublicationNumber(String publicationNumber) {
        this.publicationNumber = publicationNumber;
    }

    public LocalDate getPublicationDate() {
        return this.publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public String getGrantNumber() {
        return this.grantNumber;
    }

    public void setGrantNumber(String grantNumber) {
        this.grantNumber = grantNumber;
    }

    public LocalDate getGrantDate() {
        return this.grantDate;
    }

    public void setGrantDate(LocalDate grantDate) {
        this.grantDate = grantDate;
    }

    public LegalStatus getLegalStatus() {
        return this.legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getTechnologyArea() {
        return this.technologyArea;
    }

    public void setTechnologyArea(String technologyArea) {
        this.technologyArea = technologyArea;
    }

    public String getIpcClasses() {
        return this.ipcClasses;
    }

    public void setIpcClasses(String ipcClasses) {
        this.ipcClasses = ipcClasses;
    }

    public boolean isOpenLicence() {
        return this.openLicence;
    }

    public void setOpenLicence(boolean openLicence) {
        this.openLicence = openLicence;
    }

    public String getLicenceTerms() {
        return this.licenceTerms;
    }

    public void setLicenceTerms(String licenceTerms) {
        this.licenceTerms = licenceTerms;
    }

    public String getFamilyKey() {
        return this.familyKey;
    }

    public void setFamilyKey(String familyKey) {
        this.familyKey = familyKey;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
