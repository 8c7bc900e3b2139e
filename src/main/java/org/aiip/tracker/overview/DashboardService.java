package org.aiip.tracker.overview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.compliance.ComplianceService;
import org.aiip.tracker.filing.FilingStatistics;
import org.aiip.tracker.filing.FilingStatistics.MemberYearCount;
import org.aiip.tracker.filing.FilingStatistics.Totals;
import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.initiative.Initiative;
import org.aiip.tracker.initiative.InitiativeService;
import org.aiip.tracker.initiative.ReferenceRanking;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the public dashboard from the features' services: for the page and for the API's figures. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** The per-year table starts in 2016, the year Baidu's reported AI filings start. */
    static final int FIRST_YEAR = 2016;

    static final int LATEST = 10;


    private final InitiativeService initiatives;

    private final MemberService members;

    private final ClauseService clauses;

    private final ComplianceService compliance;

    private final FilingStatistics statistics;

    private final AuditService audit;

    private final RegistryEvidence evidence;

    DashboardService(InitiativeService initiatives, MemberService members, ClauseService clauses,
            ComplianceService compliance, FilingStatistics statistics, AuditService audit,
            RegistryEvidence evidence) {
        this.audit = audit;
        this.evidence = evidence;
        this.initiatives = initiatives;
        this.members = members;
        this.clauses = clauses;
        this.compliance = compliance;
        this.statistics = statistics;
    }

    public Dashboard dashboard(Locale locale) {
        Initiative initiative = this.initiatives.initiative();
        List<MemberCompany> all = this.members.all();
        Map<Long, MemberCompany> byId = all.stream().collect(Collectors.toMap(MemberCompany::getId, Function.identity()));
        Map<Long, Totals> perMember = this.statistics.totalsPerMember(viewer());
        List<ReferenceRanking> ranking = this.initiatives.referenceRanking();
        List<Dashboard.RankingRow> rows = ranking(ranking, all, perMember, locale);
        return new Dashboard(initiative.view(), initiativeName(initiative, locale), this.members.activeCount(),
                this.statistics.totals(viewer()), perYear(all), byArea(locale), this.statistics.byOffice(viewer()),
                this.statistics.byStatus(viewer()), matrix(all, locale),
                this.statistics.latestChanges(viewer(), LATEST).stream().map(l -> FilingRow.of(l, byId, lastChange(l.id()))).toList(),
                rows, ranking.stream().map(ReferenceRanking::getSource).distinct().toList(), reports(rows),
                disagreements(rows), sourcesShown(ranking, locale));
    }

    // What the audit trail last recorded for a filing (null when it was loaded with the record or the sample).
    private AuditEntry lastChange(Long filingId) {
        List<AuditEntry> history = this.audit.history("filing", filingId);
        return history.isEmpty() ? null : history.get(0);
    }

    // The rows of each page that reports the ranking, in the order the pages were recorded.
    private static List<Dashboard.RankingReport> reports(List<Dashboard.RankingRow> rows) {
        Map<String, List<Dashboard.RankingRow>> byPage = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byPage.computeIfAbsent(String.valueOf(r.reportedBy()), k -> new ArrayList<>()).add(r));
        return byPage.values()
            .stream()
            .map(list -> new Dashboard.RankingReport(list.get(0).reportedBy(), list.get(0).reportedUrl(),
                    list.stream().sorted(java.util.Comparator.comparingInt(Dashboard.RankingRow::rank)).toList()))
            .toList();
    }

    // Ranks for which the pages name different companies ("Microsoft" and "Microsoft China" are one).
    private static List<Dashboard.RankDisagreement> disagreements(List<Dashboard.RankingRow> rows) {
        Map<Integer, List<Dashboard.RankingRow>> byRank = new java.util.TreeMap<>();
        rows.forEach(r -> byRank.computeIfAbsent(r.rank(), k -> new ArrayList<>()).add(r));
        Set<Integer> allRanks = byRank.keySet();
        List<String> pages = rows.stream().map(Dashboard.RankingRow::reportedBy).distinct().toList();
        List<Dashboard.RankDisagreement> found = new ArrayList<>();
        for (int rank : allRanks) {
            List<Dashboard.RankingRow> named = byRank.get(rank);
            long companies = named.stream().map(r -> r.company().split(" ")[0]).distinct().count();
            boolean someSilent = pages.size() > 1 && named.size() < pages.size()
                    && pages.stream().filter(p -> rows.stream().anyMatch(r -> p.equals(r.reportedBy()) && r.rank() > rank))
                        .anyMatch(p -> named.stream().noneMatch(r -> p.equals(r.reportedBy())));
            if (companies > 1 || someSilent) {
                found.add(new Dashboard.RankDisagreement(rank,
                        named.stream().map(r -> r.shownCompany().text()).toList(),
                        named.stream().map(Dashboard.RankingRow::reportedBy).toList()));
            }
        }
        return found;
    }

    private static String initiativeName(Initiative initiative, Locale locale) {
        return initiative.view().name(locale).text();
    }

    private Dashboard.YearTable perYear(List<MemberCompany> all) {
        // From the earliest filing on record (real filings reach back before the initiative), at most from FIRST_YEAR.
        int fromYear = Math.min(FIRST_YEAR, this.statistics.firstYear(viewer()).orElse(FIRST_YEAR));
        List<MemberYearCount> counts = this.statistics.perYearPerMember(viewer(), fromYear);
        Map<Integer, Map<Long, Long>> byYear = new HashMap<>();
        Map<Integer, Long> distinct = new HashMap<>();
        counts.forEach(c -> {
            byYear.computeIfAbsent(c.year(), y -> new HashMap<>()).merge(c.memberId(), c.count(), Long::sum);
            distinct.merge(c.year(), c.count(), Long::sum);
        });
        // A member that is a co-applicant counts the filing in its own column too; the year's total counts it once.
        List<MemberYearCount> shared = this.statistics.coApplicantsPerYear(viewer(), fromYear);
        shared.forEach(c -> byYear.computeIfAbsent(c.year(), y -> new HashMap<>()).merge(c.memberId(), c.count(), Long::sum));
        int lastYear = counts.stream().mapToInt(MemberYearCount::year).max().orElse(fromYear - 1);
        int firstYear = counts.stream().mapToInt(MemberYearCount::year).min().orElse(fromYear);
        List<Dashboard.YearRow> rows = new ArrayList<>();
        long[] columnTotals = new long[all.size()];
        for (int year = firstYear; year <= lastYear; year++) {
            Map<Long, Long> ofYear = byYear.getOrDefault(year, Map.of());
            List<Long> cells = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                long n = ofYear.getOrDefault(all.get(i).getId(), 0L);
                cells.add(n);
                columnTotals[i] += n;
            }
            rows.add(new Dashboard.YearRow(year, cells, distinct.getOrDefault(year, 0L)));
        }
        List<Long> totals = Arrays.stream(columnTotals).boxed().toList();
        Map<Long, FilingStatistics.MemberShare> shares = this.statistics.sharesPerMember(viewer());
        List<Double> fractional = all.stream()
            .map(m -> shares.containsKey(m.getId()) ? shares.get(m.getId()).fractional() : 0.0)
            .toList();
        boolean anyShared = !shared.isEmpty() || shares.values().stream().anyMatch(x -> x.fractional() != x.whole());
        return new Dashboard.YearTable(all.stream().map(MemberRef::of).toList(), rows, totals, fractional,
                rows.stream().mapToLong(Dashboard.YearRow::total).sum(), anyShared);
    }

    private List<Dashboard.NamedCount> byArea(Locale locale) {
        return this.statistics.byArea(viewer())
            .stream()
            .map(c -> new Dashboard.NamedCount(c.area().name(locale), c.count()))
            .toList();
    }

    private Dashboard.Matrix matrix(List<MemberCompany> all, Locale locale) {
        ComplianceFigures figures = new ComplianceFigures(this.compliance.all());
        List<Clause> clauseList = this.clauses.all();
        List<Dashboard.ClauseHeading> headings = clauseList.stream()
            .map(c -> new Dashboard.ClauseHeading(c.getNumber(),
                    c.textFor(locale).map(t -> t.getShortTitle()).orElse("")))
            .toList();
        RegistryEvidence.Records records = this.evidence.load();
        List<Dashboard.MatrixRow> rows = all.stream()
            .map(m -> new Dashboard.MatrixRow(MemberRef.of(m),
                    clauseList.stream().map(c -> figures.cell(m, c.getNumber())).toList(),
                    clauseList.stream().map(c -> records.count(m.getId(), c.getNumber())).toList()))
            .toList();
        return new Dashboard.Matrix(headings, rows);
    }

    // Each report the ranking comes from, named in the reader's language.
    private static List<org.aiip.tracker.system.ShownText> sourcesShown(List<ReferenceRanking> ranking, Locale locale) {
        Map<String, org.aiip.tracker.system.ShownText> bySource = new java.util.LinkedHashMap<>();
        ranking.forEach(r -> bySource.putIfAbsent(r.getSource(), r.source(locale)));
        return List.copyOf(bySource.values());
    }

    private static List<Dashboard.RankingRow> ranking(List<ReferenceRanking> ranking, List<MemberCompany> all,
            Map<Long, Totals> perMember, Locale locale) {
        Map<String, MemberCompany> bySlug = all.stream()
            .collect(Collectors.toMap(MemberCompany::getSlug, Function.identity()));
        return ranking.stream().map(r -> {
            MemberCompany member = r.getMemberSlug() == null ? null : bySlug.get(r.getMemberSlug());
            Long ours = member == null ? null : perMember.getOrDefault(member.getId(), Totals.NONE).total();
            return new Dashboard.RankingRow(r.getRankNo(), r.getCompany(), r.getApplications(), r.getScope(),
                    member == null ? null : member.getSlug(), ours, r.getPublishedOn(), r.getReportedBy(),
                    r.getReportedUrl(), r.company(locale));
        }).toList();
    }

    /** Who is looking: the public sees published filings only, signed-in people what they may see. */
    private static FilingVisibility viewer() {
        return FilingAccess.visibility();
    }

}
