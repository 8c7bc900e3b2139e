package org.aiip.tracker.api.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingStatistics;
import org.aiip.tracker.initiative.InitiativeView;
import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.overview.Dashboard;
import org.aiip.tracker.overview.DashboardService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures from {@link DashboardService}, the service behind the dashboard page, so
 * that the API and the page always agree; area counts come with their codes from {@link FilingStatistics}.
 */
@Component
@Transactional(readOnly = true)
class DashboardReads {

    private final DashboardService dashboards;

    private final FilingStatistics statistics;

    DashboardReads(DashboardService dashboards, FilingStatistics statistics) {
        this.dashboards = dashboards;
        this.statistics = statistics;
    }

    DashboardJson figures(Locale locale) {
        Dashboard d = this.dashboards.dashboard(locale);
        InitiativeView i = d.about();
        return new DashboardJson(
                new DashboardJson.InitiativeJson(Names.of(i.names().en(), i.names().zh(), i.names().ko()),
                        i.publishedBy().en(), i.publishedOn()),
                d.activeMembers(), FiguresJson.Totals.of(d.totals()), perYear(d.perYear()),
                FiguresJson.AreaCount.of(this.statistics.byArea(FilingAccess.visibility())),
                FiguresJson.OfficeCount.of(d.byOffice()), FiguresJson.StatusCount.of(d.byStatus()), matrix(d.matrix()),
                d.latest()
                    .stream()
                    .map(f -> new DashboardJson.ChangedFiling(f.id(), f.number(), f.title(), MemberRefJson.of(f.applicant()),
                            f.filingDate(), f.legalStatus(), f.updatedAt(), ApiPaths.filing(f.id())))
                    .toList(),
                d.ranking()
                    .stream()
                    .map(r -> new DashboardJson.RankingRow(r.rank(), r.company(), r.applications(), r.scope(),
                            r.memberSlug(), r.ours(), r.publishedOn(), r.reportedBy(), r.reportedUrl()))
                    .toList(),
                d.rankingSources());
    }

    private static List<DashboardJson.YearRow> perYear(Dashboard.YearTable table) {
        List<MemberRef> columns = table.members();
        return table.rows().stream().map(row -> {
            Map<String, Long> byMember = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                byMember.put(columns.get(i).slug(), row.counts().get(i));
            }
            return new DashboardJson.YearRow(row.year(), row.total(), byMember);
        }).toList();
    }

    private static DashboardJson.Matrix matrix(Dashboard.Matrix matrix) {
        return new DashboardJson.Matrix(matrix.clauses().stream().map(Dashboard.ClauseHeading::number).toList(),
                matrix.rows()
                    .stream()
                    .map(r -> new DashboardJson.MatrixRow(r.member().slug(), r.cells()))
                    .toList());
    }

}
