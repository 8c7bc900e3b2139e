package org.aiip.tracker.filing;

import java.time.LocalDate;

/**
 * A filing as people enter it, from a form, a CSV row or an API call, before it is checked:
 * the application number and IPC classes still as typed. {@link FilingRules} checks it.
 */
public record FilingData(PatentOffice office, String applicationNumber, Long applicantId, String title,
        String abstractText, LocalDate filingDate, LocalDate priorityDate, String publicationNumber,
        LocalDate publicationDate, String grantNumber, LocalDate grantDate, LegalStatus legalStatus,
        String technologyArea, String ipcClasses, boolean openLicence, String licenceTerms, String familyKey) {

}
