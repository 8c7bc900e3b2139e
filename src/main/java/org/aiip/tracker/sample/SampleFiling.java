package org.aiip.tracker.sample;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.LegalStatus;

/**
 * One synthetic filing as {@link SampleFilingGenerator} makes it: the applicant by slug and the
 * technology area by code, so that it can be written to any database holding the real members.
 */
public record SampleFiling(ApplicationNumber number, String applicantSlug, String areaCode, String title,
        String abstractText, LocalDate filingDate, LocalDate priorityDate, String publicationNumber,
        LocalDate publicationDate, String grantNumber, LocalDate grantDate, LegalStatus legalStatus,
        List<String> ipcSymbols, String licenceTerms, String familyKey) {

    public boolean openLicence() {
        return this.licenceTerms != null;
    }

}
