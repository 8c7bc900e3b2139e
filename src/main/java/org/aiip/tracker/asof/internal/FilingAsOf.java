package org.aiip.tracker.asof.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A public filing's fields that the "as of" pages count by, as they stood on a day. */
final class FilingAsOf {

    final long id;

    String office;

    String number;

    String title;

    Long applicantId;

    LocalDate filingDate;

    String legalStatus;

    Long areaId;

    boolean openLicence;

    String publicationNumber;

    LocalDate publicationDate;

    /** The members that applied beside the first applicant. */
    java.util.Set<Long> coApplicantIds = new java.util.LinkedHashSet<>();

    final Instant createdAt;

    FilingAsOf(long id, String office, String number, String title, Long applicantId, LocalDate filingDate,
            String legalStatus, Long areaId, boolean openLicence, Instant createdAt) {
        this.id = id;
        this.office = office;
        this.number = number;
        this.title = title;
        this.applicantId = applicantId;
        this.filingDate = filingDate;
        this.legalStatus = legalStatus;
        this.areaId = areaId;
        this.openLicence = openLicence;
        this.createdAt = createdAt;
    }

    public long getId() {
        return this.id;
    }

    public String getOffice() {
        return this.office;
    }

    public String getNumber() {
        return this.number;
    }

    public String getTitle() {
        return this.title;
    }

    public Long getApplicantId() {
        return this.applicantId;
    }

    public LocalDate getFilingDate() {
        return this.filingDate;
    }

    public Integer getFilingYear() {
        return this.filingDate == null ? null : this.filingDate.getYear();
    }

    public String getLegalStatus() {
        return this.legalStatus;
    }

    public Long getAreaId() {
        return this.areaId;
    }

    public boolean isOpenLicence() {
        return this.openLicence;
    }

    /** Whether the member applied for the filing, as first applicant or beside it. */
    public boolean isOf(Long memberId) {
        return java.util.Objects.equals(this.applicantId, memberId) || this.coApplicantIds.contains(memberId);
    }

    /** Whether the filing was public: its publication number or date on record. */
    boolean wasPublic() {
        return org.aiip.tracker.filing.PatentFiling.isPublic(this.publicationNumber, this.publicationDate);
    }

}
