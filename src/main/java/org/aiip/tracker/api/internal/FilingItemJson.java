package org.aiip.tracker.api.internal;

import java.time.LocalDate;

import org.aiip.tracker.filing.FilingListRow;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;

/**
 * A filing as a line of a list.
 *
 * @param applicationNumber as the office prints it
 * @param filingDateKnown how much of the filing date is known, as on the filing ({@link FilingDetailJson}): {@code FILED}
 * (the day), {@code FILING_MONTH}, {@code FILING_YEAR}, {@code EARLIEST_PRIORITY} or {@code PUBLICATION_YEAR}
 */
record FilingItemJson(long id, PatentOffice office, String applicationNumber, String title, MemberRefJson applicant,
        LocalDate filingDate, String filingDateKnown, LegalStatus legalStatus, AreaJson technologyArea,
        boolean openLicence, boolean sample, String href) {

    static FilingItemJson of(FilingListRow row) {
        return new FilingItemJson(row.id(), row.office(), row.displayNumber(), row.title(),
                MemberRefJson.of(row.applicantSlug(), row.applicantNameEn(), row.applicantNameZh(),
                        row.applicantNameKo()),
                row.filingDate(), row.filingDateSource().name(), row.legalStatus(),
                new AreaJson(row.areaCode(), Names.of(row.areaNameEn(), row.areaNameZh(), row.areaNameKo())),
                row.openLicence(), row.sample(), ApiPaths.filing(row.id()));
    }

    /** A technology area: its code (the {@code area} filter's value) and names. */
    record AreaJson(String code, Names name) {
    }

}
