package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.aiip.tracker.filing.LegalStatus;

/**
 * The dashboard's figures: the same numbers the dashboard page shows the caller.
 *
 * @param activeMembers members that have not withdrawn
 * @param totals all filings the caller may see
 * @param perYear filings per filing year from 2016, per member (slug) and in all
 * @param compliance each member's status on each clause ({@code NONE}: not assessed)
 * @param latestChanges the most recently changed filings
 * @param referenceRanking the December 2019 ranking of AI patent applications beside the tracker's own counts
 */
record DashboardJson(InitiativeJson initiative, long activeMembers, FiguresJson.Totals totals, List<YearRow> perYear,
        List<FiguresJson.AreaCount> byArea, List<FiguresJson.OfficeCount> byOffice,
        List<FiguresJson.StatusCount> byStatus, Matrix compliance, List<ChangedFiling> latestChanges,
        List<RankingRow> referenceRanking, List<String> rankingSources) {

    /** The initiative itself. */
    record InitiativeJson(Names name, String publishedBy, LocalDate publishedOn) {
    }

    /** One filing year: filings per member (by slug, every member) and in all. */
    record YearRow(int year, long total, Map<String, Long> members) {
    }

    /**
     * The member × clause matrix.
     *
     * @param clauses the clause numbers, in the order of each row's statuses
     */
    record Matrix(List<Integer> clauses, List<MatrixRow> rows) {
    }

    /** One member's status on each clause, in the order of {@link Matrix#clauses()}. */
    record MatrixRow(String member, List<String> statuses) {
    }

    /** A recently changed filing. */
    record ChangedFiling(long id, String applicationNumber, String title, MemberRefJson applicant, LocalDate filingDate,
            LegalStatus legalStatus, OffsetDateTime updatedAt, String href) {
    }

    /**
     * A company of the reference ranking.
     *
     * @param member the member's slug, {@code null} when the company is not a member
     * @param applications the number the reporting page gives; {@code null} where it names the rank only
     * @param trackerFilings the tracker's filings of that member that the caller may see ({@code null}: not a member)
     * @param reportedBy the public page that reports this row (pages disagree on some ranks), and {@code reportedUrl} its address
     */
    record RankingRow(int rank, String company, Integer applications, String scope, String member, Long trackerFilings,
            LocalDate publishedOn, String reportedBy, String reportedUrl) {
    }

}
