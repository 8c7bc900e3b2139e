package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;

/**
 * A filing as an API caller sends it to create or replace one: the same fields as the filing
 * form, named as in {@link FilingWriteResponse}. The id, version and publication flag are not
 * taken from here (the id comes from the address, the version from {@code If-Match}); fields
 * left out are empty, as on a form submitted with empty fields.
 */
record FilingWriteRequest(PatentOffice office, String applicationNumber, String applicant, String title,
        @JsonProperty("abstract") String abstractText, LocalDate filingDate, LocalDate priorityDate,
        String publicationNumber, LocalDate publicationDate, String grantNumber, LocalDate grantDate,
        @JsonAlias("legalStatus") LegalStatus status, String technologyArea, List<String> ipcClasses, Boolean openLicence,
        String licenceTerms, String familyKey) {

    /** The API's field names where they differ from the form's (and so from the rules' violations). */
    static String apiField(String formField) {
        return switch (formField) {
            case "applicantId" -> "applicant";
            case "abstractText" -> "abstract";
            case "legalStatus" -> "status";
            default -> formField;
        };
    }

    FilingData toData(Long applicantId) {
        return new FilingData(this.office, this.applicationNumber, applicantId, this.title, this.abstractText,
                this.filingDate, this.priorityDate, this.publicationNumber, this.publicationDate, this.grantNumber,
                this.grantDate, this.status, this.technologyArea,
                this.ipcClasses == null ? null : String.join("; ", this.ipcClasses),
                Boolean.TRUE.equals(this.openLicence), this.licenceTerms, this.familyKey);
    }

}
