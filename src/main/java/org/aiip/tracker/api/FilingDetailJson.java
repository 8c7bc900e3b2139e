package org.aiip.tracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.aiip.tracker.api.FilingItemJson.AreaJson;
import org.aiip.tracker.filing.FilingDetail;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.filing.PublicRegisterLinks;
import org.aiip.tracker.filing.TechnologyArea;

/**
 * Every field of one filing, as its page shows it.
 *
 * @param version the optimistic-locking version, also sent as the {@code ETag}
 * @param applicationNumber as the office prints it
 * @param storedNumber the normalised form the tracker stores and compares
 * @param published whether the filing has been published (until then only admins and the applicant's
 * editors see it)
 * @param registers links to public registers where the filing can be checked
 */
record FilingDetailJson(long id, long version, PatentOffice office, String applicationNumber, String storedNumber,
        MemberRef applicant, List<MemberRef> coApplicants, String title, @JsonProperty("abstract") String abstractText,
        LocalDate filingDate, LocalDate priorityDate, String publicationNumber, LocalDate publicationDate,
        String grantNumber, LocalDate grantDate, LegalStatus legalStatus, boolean published, AreaJson technologyArea,
        List<String> ipcClasses, boolean openLicence, String licenceTerms, String familyKey, String withdrawalReason,
        boolean sample, Instant createdAt, Instant updatedAt, List<RegisterJson> registers, Links links) {

    static FilingDetailJson of(FilingDetail detail) {
        PatentFiling f = detail.filing();
        TechnologyArea area = f.getTechnologyArea();
        return new FilingDetailJson(f.getId(), f.getVersion(), f.getOffice(), detail.displayNumber(),
                f.getApplicationNumber(), MemberRef.of(f.getApplicant()),
                f.getCoApplicants().stream().map(MemberRef::of).toList(), f.getTitle(), f.getAbstractText(),
                f.getFilingDate(), f.getPriorityDate(), f.getPublicationNumber(), f.getPublicationDate(),
                f.getGrantNumber(), f.getGrantDate(), f.getLegalStatus(), f.isPublished(),
                new AreaJson(area.getCode(), Names.of(area.getNameEn(), area.getNameZh(), area.getNameKo())),
                List.copyOf(f.getIpcSymbols()), f.isOpenLicence(), f.getLicenceTerms(), f.getFamilyKey(),
                f.getWithdrawalReason(), f.isSample(), f.getCreatedAt(), f.getUpdatedAt(),
                detail.registerLinks().stream().map(RegisterJson::of).toList(),
                new Links(ApiPaths.filing(f.getId()), ApiPaths.family(f.getId())));
    }

    /**
     * A public register's page of the filing.
     *
     * @param register {@code googlePatents}, {@code espacenet}, {@code epoRegister} or {@code patentscope}
     */
    record RegisterJson(String register, String url) {

        static RegisterJson of(PublicRegisterLinks.Link link) {
            return new RegisterJson(link.register(), link.url());
        }

    }

    /** Where to read more: this filing and its family. */
    record Links(String self, String family) {
    }

}
