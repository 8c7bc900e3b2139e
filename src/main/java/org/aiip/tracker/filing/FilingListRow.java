package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.Locale;

import org.aiip.tracker.system.LocalizedText;

/**
 * One line of a filing list, read by a projection query so that a page of rows costs one SQL
 * statement. The applicant and technology area names come in every language the site speaks; the filing date
 * comes with how much of it is known, so that a list shows a year as a year.
 */
public record FilingListRow(Long id, PatentOffice office, String applicationNumber, String title,
        String applicantSlug, String applicantNameEn, String applicantNameZh, String applicantNameKo,
        LocalDate filingDate, FilingDateSource filingDateSource, LegalStatus legalStatus, String areaCode,
        String areaNameEn, String areaNameZh, String areaNameKo, boolean openLicence, boolean sample) {

    /**
     * The application number as the office prints it. A filing known only by its publication (an
     * export without application numbers) comes with its publication number in that place, shown as it is.
     */
    public String displayNumber() {
        return displayNumber(this.office, this.applicationNumber);
    }

    public String applicantName(Locale locale) {
        return new LocalizedText(this.applicantNameEn, this.applicantNameKo, this.applicantNameZh).text(locale);
    }

    public String areaName(Locale locale) {
        return new LocalizedText(this.areaNameEn, this.areaNameKo, this.areaNameZh).text(locale);
    }

    /** The display form of a stored number; a row that fails its own check shows as stored rather than failing the page. */
    static String displayNumber(PatentOffice office, String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            return ApplicationNumber.ofNormalised(office, normalised).display();
        }
        catch (IllegalArgumentException ex) {
            return normalised;
        }
    }

}
