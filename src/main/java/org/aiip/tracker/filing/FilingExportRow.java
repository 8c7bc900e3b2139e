package org.aiip.tracker.filing;

import java.time.LocalDate;

/** One filing as the CSV/XLSX export writes it: every field, the applicant by slug, IPC symbols joined. */
public record FilingExportRow(Long id, PatentOffice office, String applicationNumber, String applicantSlug, String title,
        String abstractText, LocalDate filingDate, FilingDateSource filingDateSource, LocalDate priorityDate,
        String publicationNumber, LocalDate publicationDate, String grantNumber, LocalDate grantDate, LegalStatus legalStatus,
        String technologyArea, String ipcClasses, boolean openLicence, String licenceTerms, String familyKey) {

    /** The application number in the office's usual form. */
    public String displayNumber() {
        return FilingListRow.displayNumber(this.office, this.applicationNumber);
    }

}
