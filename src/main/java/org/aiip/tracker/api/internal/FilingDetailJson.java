package org.aiip.tracker.api.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.aiip.tracker.api.internal.FilingItemJson.AreaJson;
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
 * @param filingDateKnown how much of the filing date the sources tell: {@code FILED} (the day),
 * {@code FILING_MONTH}, {@code FILING_YEAR} (only the year; the date is 1 January), {@code EARLIEST_PRIORITY}
 * or {@code PUBLICATION_YEAR} (not in the sources: the date listed stands in for it)
 * @param source the public page where the record's number, title, applicant and dates can be checked
 * @param applicantsAsNamed the applicants as the source names them, with the member each belongs to (none: outside)
 * @param owners the current owners the source names, likewise
 * @param registers links to public registers where the filing can be checked
 */
record FilingDetailJson(long id, long version, PatentOffice office, String applicationNumber, String storedNumber,
        MemberRefJson applicant, List<MemberRefJson> coApplicants, String title, @JsonProperty("abstract") String abstractText,
        LocalDate filingDate, LocalDate priorityDate, String publicationNumber, LocalDate publicationDate,
        String grantNumber, LocalDate grantDate, LegalStatus legalStatus, boolean published, AreaJson technologyArea,
        List<String> ipcClasses, boolean openLicence, String licenceTerms, String familyKey, String withdrawalReason,
        boolean sample, Instant createdAt, Instant updatedAt, String filingDateKnown, String source,
        List<PartyJson> applicantsAsNamed, List<PartyJson> owners, List<RegisterJson> registers, Links links) {

    /** A name as the source writes it, and the member it belongs to ({@code null}: outside the initiative). */
    record PartyJson(String name, MemberRefJson member) {

        static PartyJson of(FilingDetail.Party party) {
            return new PartyJson(party.name(), party.member() == null ? null : MemberRefJson.of(party.member()));
        }

    }

    static FilingDetailJson of(FilingDetail detail) {
        PatentFiling f = detail.filing();
        TechnologyArea area = f.getTechnologyArea();
        return new FilingDetailJson(f.getId(), f.getVersion(), f.getOffice(), detail.displayNumber(),
                f.getApplicationNumber(), MemberRefJson.of(f.getApplicant()),
                f.getCoApplicants().stream().map(MemberRefJson::of).toList(), f.getTitle(), f.getAbstractText(),
                f.getFilingDate(), f.getPriorityDate(), f.getPublicationNumber(), f.getPublicationDate(),
                f.getGrantNumber(), f.getGrantDate(), f.getLegalStatus(), f.isPublished(),
                new AreaJson(area.getCode(), Names.of(area.getNameEn(), area.getNameZh(), area.getNameKo())),
                List.copyOf(f.getIpcSymbols()), f.isOpenLicence(), f.getLicenceTerms(), f.getFamilyKey(),
                f.getWithdrawalReason(), f.isSample(), f.getCreatedAt(), f.getUpdatedAt(), f.getFilingDateSource().name(),
                detail.sourceUrl(), detail.applicants().stream().map(PartyJson::of).toList(),
                detail.owners().stream().map(PartyJson::of).toList(),
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
