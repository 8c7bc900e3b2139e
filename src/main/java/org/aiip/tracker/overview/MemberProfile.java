package org.aiip.tracker.overview;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.agreement.DatePrecision;
import org.aiip.tracker.compliance.AssessmentView;
import org.aiip.tracker.filing.FilingStatistics.OfficeCount;
import org.aiip.tracker.filing.FilingStatistics.Totals;
import org.aiip.tracker.filing.FilingStatistics.YearCount;
import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.member.MemberView;
import org.aiip.tracker.membership.Standing;
import org.aiip.tracker.overview.Dashboard.NamedCount;

/**
 * A member's public profile: who they are, their visible filings in figures, where they stand on
 * each clause, their agreements and latest filings.
 *
 * @param membership the member's standing today, for membership's timeline fragment (which shows the events)
 */
public record MemberProfile(MemberView member, Totals totals, List<YearCount> perYear, List<NamedCount> byArea,
        List<OfficeCount> byOffice, List<ClauseStanding> clauses, List<AgreementLine> agreements,
        List<FilingRow> latest, List<org.aiip.tracker.member.AliasView> aliases, Standing membership) {

    /**
     * One clause and the member's assessment of it.
     *
     * @param assessment the assessment with its evidence loaded, or {@code null} when not assessed yet
     * @param records the registries' records about the member on this clause (licence offers, cases ...)
     */
    public record ClauseStanding(int number, String shortTitle, AssessmentView assessment,
            List<org.aiip.tracker.clause.ClauseEvidence.Item> records) {

        /** The status name, or NONE when not assessed (the suffix of the status CSS class and message). */
        public String status() {
            return this.assessment == null ? "NONE" : this.assessment.status().name();
        }

        /**
         * The status on the chart's scale: 0 not started, 1 planned, 2 in progress, 3 implemented;
         * {@code null} when not assessed (no bar rather than a misleading 0).
         */
        public Integer score() {
            if (this.assessment == null) {
                return null;
            }
            return switch (this.assessment.status()) {
                case NOT_STARTED -> 0;
                case PLANNED -> 1;
                case IN_PROGRESS -> 2;
                case IMPLEMENTED -> 3;
            };
        }

    }

    /** An agreement the member is party to, with the other parties. */
    public record AgreementLine(Long id, String title, LocalDate signedOn, DatePrecision precision,
            List<MemberRef> otherParties) {
    }

}
