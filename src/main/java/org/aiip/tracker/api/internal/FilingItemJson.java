package org.aiip.tracker.api.internal;

import java.time.LocalDate;

import org.aiip.tracker.filing.FilingListRow;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;

/**
 * A filing as a line of a list.
 *
 * @param applicationNumber as the office prints it
 */
record FilingItemJson(long id, PatentOffice office, String applicationNumber, String title, MemberRefJson applicant,
        LocalDate filingDate, LegalStatus legalStatus, AreaJson technologyArea, boolean openLicence, boolean sample,
        String href) {

    static FilingItemJson of(FilingListRow row) {
        return new FilingItemJson(row.id(), row.office(), row.displayNumber(), row.title(),
                MemberRefJson.of(row.applicantSlug(), row.applicantNameEn(), row.applicantNameZh(),
                        row.applicantNameKo()),
                row.filingDate(), row.legalStatus(),
                new AreaJson(row.areaCode(), Names.of(row.areaNameEn(), row.areaNameZh(), row.areaNameKo())),
                row.openLicence(), row.sample(), ApiPaths.filing(row.id()));
    }

    /** A technology area: its code (the {@code area} filter's value) and names. */
    record AreaJson(String code, Names name) {
    }

}
