package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;

/**
 * A filing as the write calls answer with it: the fields of the read API's filing plus the
 * other fields a caller can write, so that what a write returns can be changed and sent back.
 * Its {@code version} is the one the {@code ETag} header carries.
 */
record FilingWriteResponse(Long id, PatentOffice office, String applicationNumber, String title,
        @JsonProperty("abstract") String abstractText, String applicant, LocalDate filingDate,
        LocalDate priorityDate, String publicationNumber, LocalDate publicationDate, String grantNumber,
        LocalDate grantDate, LegalStatus status, String technologyArea, List<String> ipcClasses,
        boolean openLicence, String licenceTerms, String familyKey, String withdrawalReason, boolean published,
        long version) {

    /** Must run while the filing's applicant, area and IPC symbols can still be loaded (in a transaction). */
    static FilingWriteResponse of(PatentFiling filing) {
        return new FilingWriteResponse(filing.getId(), filing.getOffice(), filing.getDisplayNumber(),
                filing.getTitle(), filing.getAbstractText(), filing.getApplicant().getSlug(), filing.getFilingDate(),
                filing.getPriorityDate(), filing.getPublicationNumber(), filing.getPublicationDate(),
                filing.getGrantNumber(), filing.getGrantDate(), filing.getLegalStatus(),
                filing.getTechnologyArea().getCode(), List.copyOf(filing.getIpcSymbols()), filing.isOpenLicence(),
                filing.getLicenceTerms(), filing.getFamilyKey(), filing.getWithdrawalReason(), filing.isPublished(),
                filing.getVersion());
    }

    /** The strong entity tag of this version, e.g. {@code "3"}. */
    String etag() {
        return FilingVersions.etag(this.version);
    }

}
