package org.aiip.tracker.api.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.api.internal.AssessmentJson.ClauseRef;
import org.aiip.tracker.licensing.LicenceTerms;
import org.aiip.tracker.licensing.OfferView;
import org.aiip.tracker.licensing.SnapshotInfo;

/**
 * A member's licence offer (clause 3): the filings and families it covers, its terms, and the kept
 * copies of its licence text with their SHA-256.
 *
 * @param open whether the offer stands today
 * @param filings the covered filings (published filings only)
 * @param wholePortfolio whether the offer covers all of the member's patents within its field of use
 * @param sourceUrl the public page that reports the offer
 * @param snapshots the kept copies of the licence text, oldest first
 */
record LicenceJson(long id, MemberRefJson member, String title, LicenceTerms terms, String fieldOfUse, String licensees,
        LocalDate offeredFrom, LocalDate offeredUntil, boolean open, String licenceUrl, String note,
        List<FilingRef> filings, List<String> families, boolean wholePortfolio, String sourceUrl,
        List<SnapshotJson> snapshots, ClauseRef clause,
        String href) {

    static LicenceJson of(OfferView o) {
        return new LicenceJson(o.id(), MemberRefJson.of(o.member()), o.title(), o.terms(), o.fieldOfUse(), o.licensees(),
                o.offeredFrom(), o.offeredUntil(), o.open(), o.licenceUrl(), o.note(),
                o.filings().stream().map(f -> new FilingRef(f.id(), f.number(), f.title(), ApiPaths.filing(f.id())))
                    .toList(),
                o.families(), o.wholePortfolio(), o.sourceUrl(), o.snapshots().stream().map(s -> SnapshotJson.of(o.id(), s)).toList(),
                new ClauseRef(OfferView.CLAUSE, ApiPaths.clause(OfferView.CLAUSE)), ApiPaths.licence(o.id()));
    }

    /** A filing a record names: its id, the number people know it by, its title and API address. */
    record FilingRef(long id, String number, String title, String href) {
    }

    /**
     * A kept copy of the licence text.
     *
     * @param sha256 the SHA-256 of the file, lower-case hex
     * @param file the address of the file itself (a download)
     */
    record SnapshotJson(Instant takenAt, String sourceUrl, String mediaType, long sizeBytes, String sha256,
            String file) {

        static SnapshotJson of(long offerId, SnapshotInfo s) {
            return new SnapshotJson(s.takenAt(), s.sourceUrl(), s.mediaType(), s.sizeBytes(), s.sha256(),
                    "/licences/" + offerId + "/snapshots/" + s.id() + "/file");
        }

    }

}
