package org.aiip.tracker.filing;

/**
 * The filters of a filing search, resolved to what the query needs (ids rather than slugs and
 * codes). Null means "any".
 *
 * @param ipcPrefix a normalised IPC prefix ({@link IpcSymbol#normalisePrefix(String)})
 * @param titleContains text the title or the abstract must contain, ignoring case
 * @param sample true: only the synthetic sample; false: only real filings; null: both
 */
record FilingSearchCriteria(Long applicantId, PatentOffice office, LegalStatus status, Long areaId, Integer year,
        String ipcPrefix, Boolean openLicence, String titleContains, FilingSearch.Sort sort, Boolean sample) {

    FilingSearchCriteria(Long applicantId, PatentOffice office, LegalStatus status, Long areaId, Integer year,
            String ipcPrefix, Boolean openLicence, String titleContains, FilingSearch.Sort sort) {
        this(applicantId, office, status, areaId, year, ipcPrefix, openLicence, titleContains, sort, null);
    }

    static FilingSearchCriteria none() {
        return new FilingSearchCriteria(null, null, null, null, null, null, null, null, FilingSearch.Sort.NEWEST);
    }

}
