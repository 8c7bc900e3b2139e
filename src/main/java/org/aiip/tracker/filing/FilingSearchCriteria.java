package org.aiip.tracker.filing;

/**
 * The filters of a filing search, resolved to what the query needs (ids rather than slugs and
 * codes). Null means "any".
 *
 * @param ipcPrefix a normalised IPC prefix ({@link IpcSymbol#normalisePrefix(String)})
 * @param titleContains text the title or the abstract must contain, ignoring case
 */
record FilingSearchCriteria(Long applicantId, PatentOffice office, LegalStatus status, Long areaId, Integer year,
        String ipcPrefix, Boolean openLicence, String titleContains, FilingSearch.Sort sort) {

    static FilingSearchCriteria none() {
        return new FilingSearchCriteria(null, null, null, null, null, null, null, null, FilingSearch.Sort.NEWEST);
    }

}
