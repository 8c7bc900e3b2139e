package org.aiip.tracker.overview;

import java.util.List;

import org.aiip.tracker.clause.ClauseEvidence;
import org.aiip.tracker.clause.ClauseTextView;
import org.aiip.tracker.compliance.AssessmentView;
import org.aiip.tracker.filing.FilingStatistics.OfficeCount;
import org.aiip.tracker.member.MemberRef;

/**
 * A clause with every language version, each member's standing on it and the indicators the
 * filing data gives for it.
 *
 * @param shown the version in the page language, or the fallback when that language has none
 * @param others the versions in languages other than the page's (the fallback shown among them)
 * @param missing the languages the tracker keeps but this clause has no text in yet
 * @param openLicenceOffers clause 3 only: visible filings offered under an open licence, else {@code null}
 * @param outsideChina clause 8 only: visible filings per office other than CN, else {@code null}
 * @param reviewsByQuarter the assessments of the clause counted by the quarter of their last review and by
 * status, from the first quarter with a review to the current one (see {@link ClauseOverviewService#reviewsByQuarter})
 * @param registries the registries whose records evidence this clause (none for most clauses)
 * @param records the records of those registries, newest first
 */
public record ClausePage(int number, ClauseTextView shown, List<ClauseTextView> others, List<String> missing,
        List<Standing> members, long implemented, long activeMembers, Long openLicenceOffers,
        List<OfficeCount> outsideChina, List<QuarterCount> reviewsByQuarter,
        List<ClauseEvidence.Registry> registries, List<ClauseEvidence.Item> records) {

    /** Whether any indicator is derived from the data for this clause. */
    public boolean hasIndicators() {
        return this.openLicenceOffers != null || this.outsideChina != null;
    }

    /**
     * A member, its assessment of the clause ({@code null}: not assessed yet) and the registries'
     * records about it on this clause.
     */
    public record Standing(MemberRef member, AssessmentView assessment, List<ClauseEvidence.Item> records) {
    }

    /**
     * The assessments last reviewed in one quarter, per status.
     *
     * @param quarter e.g. {@code 2021 Q3}
     */
    public record QuarterCount(String quarter, long implemented, long inProgress, long planned, long notStarted) {

        public long total() {
            return this.implemented + this.inProgress + this.planned + this.notStarted;
        }

    }

}
