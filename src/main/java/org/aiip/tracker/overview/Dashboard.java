package org.aiip.tracker.overview;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.filing.FilingStatistics.OfficeCount;
import org.aiip.tracker.filing.FilingStatistics.StatusCount;
import org.aiip.tracker.filing.FilingStatistics.Totals;
import org.aiip.tracker.initiative.InitiativeView;
import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.system.ShownText;

/**
 * Everything the dashboard shows, assembled in one read-only transaction. Filing figures count
 * only what the public may see.
 *
 * @param about the initiative as the page (and the JSON API's {@code DashboardReads}) shows it
 */
public record Dashboard(InitiativeView about, String initiativeName, long activeMembers, Totals totals,
        YearTable perYear, List<NamedCount> byArea, List<OfficeCount> byOffice, List<StatusCount> byStatus,
        Matrix matrix, List<FilingRow> latest, List<RankingRow> ranking, List<String> rankingSources,
        List<RankingReport> rankingReports, List<RankDisagreement> rankingDisagreements,
        List<ShownText> rankingSourcesShown) {

    /** The ranking as one page reports it: the page, its address, and its rows. */
    public record RankingReport(String reportedBy, String reportedUrl, List<RankingRow> rows) {
    }

    /** A rank for which the pages name different companies: each company with the page that names it. */
    public record RankDisagreement(int rank, List<String> companies, List<String> reportedBy) {
    }

    /** A count under a name already in the page language (a technology area). */
    public record NamedCount(String name, long count) {
    }

    /**
     * Filings per year (rows) and member (columns), with totals.
     *
     * @param members the columns
     * @param rows one per year, oldest first
     * @param memberTotals the column totals, in the order of {@code members}: a filing shared by several
     *        members counts in each of their columns (the whole count)
     * @param fractionalTotals the column totals when a shared filing counts 1/n for each of its n applicants
     * @param total all filings in the table, each once
     * @param shared whether any filing in the table is shared by several applicants
     */
    public record YearTable(List<MemberRef> members, List<YearRow> rows, List<Long> memberTotals,
            List<Double> fractionalTotals, long total, boolean shared) {

        public YearTable(List<MemberRef> members, List<YearRow> rows, List<Long> memberTotals, long total) {
            this(members, rows, memberTotals, List.of(), total, false);
        }

    }

    /** One year of the per-year table: a count per member column and the year's total (each filing once). */
    public record YearRow(int year, List<Long> counts, long total) {
    }

    /** The member × clause compliance matrix. */
    public record Matrix(List<ClauseHeading> clauses, List<MatrixRow> rows) {
    }

    /** A column of the matrix: the clause number and its short title in the page language. */
    public record ClauseHeading(int number, String shortTitle) {
    }

    /**
     * A row of the matrix; each cell is a status name or NONE, in clause order, and {@code records} the
     * number of the registries' records about the member on each clause (licence offers, cases ...).
     */
    public record MatrixRow(MemberRef member, List<String> cells, List<Integer> records) {

        /** How many of the member's clauses are at the status (a status name or NONE). */
        public long count(String status) {
            return this.cells.stream().filter(status::equals).count();
        }

    }

    /**
     * One row of the reference ranking beside the tracker's own count.
     *
     * @param ours the tracker's visible filings of that member, or {@code null} when the company is
     * not a member
     */
    public record RankingRow(int rank, String company, Integer applications, String scope, String memberSlug, Long ours,
            LocalDate publishedOn, String reportedBy, String reportedUrl, ShownText shownCompany) {
    }

}
