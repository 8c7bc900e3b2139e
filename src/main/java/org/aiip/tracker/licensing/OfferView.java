package org.aiip.tracker.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.registry.FilingLine;

/**
 * A licence offer as the pages, the CSV and the API show it, read in one transaction.
 *
 * @param filings the covered filings the viewer may see
 * @param wholePortfolio whether the offer covers all of the member's patents within its field of use
 * @param sourceUrl the public page that reports the offer
 * @param open whether the offer stands today
 * @param snapshots the kept licence texts, oldest first
 */
public record OfferView(long id, MemberCompany member, String title, LicenceTerms terms, String fieldOfUse,
        String licensees, LocalDate offeredFrom, LocalDate offeredUntil, String licenceUrl, String note,
        List<FilingLine> filings, List<String> families, boolean wholePortfolio, String sourceUrl,
        List<SnapshotInfo> snapshots, boolean open,
        Instant updatedAt) {

    /** The clause a licence offer evidences. */
    public static final int CLAUSE = 3;

    /** The latest snapshot, or {@code null} when none is kept. */
    public SnapshotInfo latestSnapshot() {
        return this.snapshots.isEmpty() ? null : this.snapshots.get(this.snapshots.size() - 1);
    }

}
