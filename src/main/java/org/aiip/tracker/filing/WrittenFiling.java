package org.aiip.tracker.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A filing just written with SQL, with what the search index needs of it, so that a bulk writer (the
 * generator, the sample) can hand it to the index without the index reading it back
 * ({@link FilingIndexer#indexWritten}).
 *
 * @param applicationNumber the normalised (stored) number
 * @param publicationNumber the publication number as stored (a list shows it for a filing without an application
 *        number)
 * @param ipcSymbols the normalised symbols, in order
 * @param sample whether it is part of the synthetic sample (the lists' "real" and "sample" filter)
 */
public record WrittenFiling(long id, PatentOffice office, String applicationNumber, String publicationNumber,
        long applicantId, long areaId,
        String title, String abstractText, LocalDate filingDate, LegalStatus legalStatus, LocalDate publicationDate,
        List<String> ipcSymbols, boolean openLicence, String familyKey, Instant updatedAt, long version,
        boolean sample) {
}
