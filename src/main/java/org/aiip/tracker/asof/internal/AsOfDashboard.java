package org.aiip.tracker.asof.internal;

import java.util.List;
import java.util.Map;

import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.filing.FilingStatistics.Totals;
import org.aiip.tracker.membership.Standing;

/**
 * The dashboard's figures as the record stood at the end of a day.
 *
 * @param asOf the day
 * @param members the companies that were members that day
 * @param totals the public filings on record then: all, granted, pending, with an open licence
 * @param byStatus filings per legal status (in the statuses' order)
 * @param byOffice filings per office, most first
 * @param byArea filings per technology area, named in the page's language
 * @param byYear filings per filing year, oldest first
 * @param perMember filings per applicant member (first applicant or co-applicant), in the members' order
 * @param shared whether some filing then had several member applicants (counted for each)
 * @param registries the records of the clause registries then
 * @param clauses the clause numbers, the matrix's columns
 * @param matrix the compliance matrix: per member on that day, a status (or NONE) and registry records per clause
 * @param changesSince the public changes made after the day, newest first
 */
record AsOfDashboard(AsOf asOf, List<Standing> members, Totals totals, Map<String, Long> byStatus,
        Map<String, Long> byOffice, Map<String, Long> byArea, Map<Integer, Long> byYear, List<MemberCount> perMember,
        boolean shared, AsOfRegistries.Records registries, List<Integer> clauses, List<MatrixRow> matrix,
        List<AuditEntry> changesSince) {

    /** One member's count. */
    public record MemberCount(String slug, String name, long count) {
    }

    /** One member's row of the compliance matrix: the status and the number of registry records per clause. */
    public record MatrixRow(String slug, String name, List<String> cells, List<Long> records) {
    }

}
