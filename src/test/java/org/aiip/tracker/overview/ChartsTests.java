package org.aiip.tracker.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.compliance.EvidenceKind;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTable;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The charts of the public pages: each canvas names a table on the same page, the table's cells
 * carry the raw figures the service computed, and Chart.js plus the drawing script come from the
 * app itself. (The drawing is checked in a real browser, not here.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class ChartsTests {

    /** Version-less: the WebJar resolver finds the version when the script is requested. */
    static final String CHART_JS = "/webjars/chart.js/dist/chart.umd.min.js";

    @Autowired
    MockMvc mvc;

    @Autowired
    WebClient browser;

    @Autowired
    EntityManager em;

    @Autowired
    DashboardService dashboards;

    @Autowired
    MemberOverviewService memberPages;

    @Autowired
    ClauseOverviewService clausePages;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        this.browser.getOptions().setJavaScriptEnabled(false);
        this.browser.getOptions().setCssEnabled(false);
        this.fixtures = new Fixtures(this.em);
    }

    HtmlPage page(String url) throws Exception {
        return this.browser.getPage("http://localhost" + url);
    }

    Clause clause(int number) {
        return this.em.createQuery("select c from Clause c where c.number = :n", Clause.class)
            .setParameter("n", number)
            .getSingleResult();
    }

    ComplianceAssessment assess(String member, int clause, ComplianceStatus status, LocalDate... evidence) {
        ComplianceAssessment assessment = new ComplianceAssessment(this.fixtures.member(member), clause(clause));
        assessment.setStatus(status);
        for (LocalDate date : evidence) {
            assessment.addEvidence(date, EvidenceKind.POLICY, "Evidence of " + date, null);
        }
        this.em.persist(assessment);
        this.em.flush();
        return assessment;
    }

    /** The canvases' sources, after checking each names a table on the page and is labelled for screen readers. */
    static List<String> chartSources(HtmlPage page) {
        List<DomElement> canvases = page.getElementsByTagName("canvas");
        for (DomElement canvas : canvases) {
            assertThat(canvas.getAttribute("role")).isEqualTo("img");
            assertThat(canvas.getAttribute("aria-label")).isNotBlank();
            assertThat(canvas.getAttribute("data-chart")).isIn("bar", "hbar", "stacked-bar", "stacked-hbar", "doughnut",
                    "line");
            DomElement source = page.getElementById(canvas.getAttribute("data-chart-source"));
            assertThat(source).as(canvas.getAttribute("data-chart-source")).isInstanceOf(HtmlTable.class);
            assertThat(source.querySelectorAll("thead th[data-series]")).isNotEmpty();
        }
        return canvases.stream().map(c -> c.getAttribute("data-chart-source")).toList();
    }

    static HtmlTable table(HtmlPage page, String id) {
        return (HtmlTable) page.getElementById(id);
    }

    /** The raw figures of a table's body, row by row (label, then each data-value). */
    static List<List<String>> values(HtmlTable table) {
        return table.getBodies()
            .get(0)
            .getRows()
            .stream()
            .map(row -> {
                List<String> line = new ArrayList<>();
                line.add(row.getCell(0).getTextContent().strip());
                row.querySelectorAll("[data-value]")
                    .forEach(cell -> line.add(((DomElement) cell).getAttribute("data-value")));
                return line;
            })
            .toList();
    }

    /** The single figure column of a two-column table. */
    static List<String> figures(HtmlTable table) {
        return values(table).stream().map(row -> row.get(1)).toList();
    }

    static void assertChartScripts(HtmlPage page) {
        List<String> scripts = page.getElementsByTagName("script")
            .stream()
            .filter(s -> s.hasAttribute("defer"))
            .map(s -> s.getAttribute("src"))
            .toList();
        assertThat(scripts).containsExactly(CHART_JS, "/js/charts.js");
    }

    @Test
    void theDashboardChartsAreDrawnFromItsTablesWhichCarryTheServiceFigures() throws Exception {
        this.fixtures.publishedFiling("baidu", "Speech model", LocalDate.of(2019, 5, 2));
        this.fixtures.publishedFiling("baidu", "Vision model", LocalDate.of(2019, 8, 2));
        PatentFiling granted = this.fixtures.filing("haier", "Fridge vision", LocalDate.of(2018, 3, 1),
                LegalStatus.GRANTED);
        granted.setPublicationNumber("CN100000019A");
        granted.setPublicationDate(LocalDate.of(2019, 9, 1));
        this.fixtures.save(granted);
        this.fixtures.unpublishedFiling("jd", "Secret thermometer", LocalDate.of(2021, 1, 4));
        assess("baidu", 3, ComplianceStatus.IMPLEMENTED);
        assess("baidu", 4, ComplianceStatus.PLANNED);

        HtmlPage page = page("/");
        assertThat(chartSources(page)).containsExactly("per-year", "by-area", "by-office", "by-status",
                "compliance-by-member");
        assertChartScripts(page);

        Dashboard d = this.dashboards.dashboard(Locale.ENGLISH);
        List<List<String>> perYear = values(table(page, "per-year"));
        assertThat(perYear).hasSize(d.perYear().rows().size());
        for (int i = 0; i < perYear.size(); i++) {
            Dashboard.YearRow row = d.perYear().rows().get(i);
            assertThat(perYear.get(i).get(0)).isEqualTo(String.valueOf(row.year()));
            assertThat(perYear.get(i).subList(1, perYear.get(i).size()))
                .containsExactlyElementsOf(row.counts().stream().map(String::valueOf).toList());
        }
        // members in name order: Baidu, Haier, JD.com; the unpublished 2021 filing is in no figure
        assertThat(perYear).contains(List.of("2019", "2", "0", "0"), List.of("2018", "0", "1", "0"))
            .noneMatch(row -> row.get(0).equals("2021"));
        assertThat(figures(table(page, "by-status")))
            .containsExactlyElementsOf(d.byStatus().stream().map(c -> String.valueOf(c.count())).toList());
        assertThat(figures(table(page, "by-office")))
            .containsExactlyElementsOf(d.byOffice().stream().map(c -> String.valueOf(c.count())).toList());
        assertThat(figures(table(page, "by-area")))
            .containsExactlyElementsOf(d.byArea().stream().map(c -> String.valueOf(c.count())).toList());
        assertThat(values(table(page, "by-status"))).contains(List.of("Published", "2"), List.of("Granted", "1"));
        assertThat(values(table(page, "by-office"))).containsExactly(List.of("China (CNIPA)", "3"));
        assertThat(values(table(page, "by-area"))).containsExactly(List.of("Deep learning", "3"));
        // Implemented, In progress, Planned, Not started, Not assessed
        assertThat(values(table(page, "compliance-by-member"))).containsExactly(List.of("Baidu", "1", "0", "1", "0", "6"),
                List.of("Haier", "0", "0", "0", "0", "8"), List.of("JD.com", "0", "0", "0", "0", "8"));
    }

    @Test
    void theMemberPageChartsItsFilingsPerYearAndItsStatusOnEachClause() throws Exception {
        this.fixtures.publishedFiling("haier", "Fridge vision", LocalDate.of(2019, 5, 2));
        this.fixtures.publishedFiling("haier", "Washer vision", LocalDate.of(2021, 5, 2));
        this.fixtures.publishedFiling("haier", "Oven vision", LocalDate.of(2021, 6, 2));
        this.fixtures.unpublishedFiling("haier", "Secret vision", LocalDate.of(2022, 6, 2));
        assess("haier", 1, ComplianceStatus.NOT_STARTED);
        assess("haier", 3, ComplianceStatus.IMPLEMENTED);
        assess("haier", 5, ComplianceStatus.IN_PROGRESS);

        HtmlPage page = page("/members/haier");
        assertThat(chartSources(page)).containsExactly("member-per-year", "member-compliance");
        assertChartScripts(page);

        MemberProfile profile = this.memberPages.profile("haier", Locale.ENGLISH);
        assertThat(values(table(page, "member-per-year")))
            .containsExactlyElementsOf(profile.perYear()
                .stream()
                .map(c -> List.of(String.valueOf(c.year()), String.valueOf(c.count())))
                .toList())
            .containsExactly(List.of("2019", "1"), List.of("2021", "2"));
        List<List<String>> compliance = values(table(page, "member-compliance"));
        assertThat(compliance).hasSize(8);
        assertThat(compliance.get(0)).containsExactly("1. IP protection strategy", "0");
        // not assessed: no figure, so a gap in the chart rather than a misleading 0
        assertThat(compliance.get(1)).containsExactly("2. " + profile.clauses().get(1).shortTitle());
        assertThat(compliance.get(2)).containsExactly("3. Open patent licensing", "3");
        assertThat(compliance.get(4).get(1)).isEqualTo("2");
        DomElement canvas = page.querySelector("canvas[data-chart-source=member-compliance]");
        assertThat(canvas.getAttribute("data-chart-scale")).isEqualTo("Not started|Planned|In progress|Implemented");
        assertThat(page.getElementById("compliance-scale").getTextContent()).contains("0 = not started",
                "3 = implemented");
    }

    @Test
    void theClausePageChartsItsAssessmentsPerQuarterOfTheirLastReviewAndPerStatus() throws Exception {
        assess("baidu", 3, ComplianceStatus.IMPLEMENTED).markReviewed("editors", LocalDate.of(2021, 5, 1));
        assess("haier", 3, ComplianceStatus.PLANNED).markReviewed("editors", LocalDate.of(2021, 6, 30));
        assess("jd", 3, ComplianceStatus.IN_PROGRESS).markReviewed("editors", LocalDate.of(2021, 10, 1));
        // another clause never counts
        assess("jd", 4, ComplianceStatus.IMPLEMENTED).markReviewed("editors", LocalDate.of(2020, 6, 1));
        this.em.flush();

        HtmlPage page = page("/clauses/3");
        assertThat(chartSources(page)).containsExactly("reviews-by-quarter");
        assertChartScripts(page);
        assertThat(page.getElementById("reviews-method").getTextContent()).contains("last review");

        List<List<String>> quarters = values(table(page, "reviews-by-quarter"));
        assertThat(quarters).containsExactlyElementsOf(this.clausePages.page("3", Locale.ENGLISH)
            .reviewsByQuarter()
            .stream()
            .map(q -> List.of(q.quarter(), String.valueOf(q.implemented()), String.valueOf(q.inProgress()),
                    String.valueOf(q.planned()), String.valueOf(q.notStarted())))
            .toList());
        // implemented, in progress, planned, not started, from the first review to the last; quarters between count zero
        assertThat(quarters).containsExactly(List.of("2021 Q2", "1", "0", "1", "0"),
                List.of("2021 Q3", "0", "0", "0", "0"), List.of("2021 Q4", "0", "1", "0", "0"));
    }

    @Test
    void aClauseWithoutReviewedAssessmentsSaysSoInsteadOfAnEmptyChart() throws Exception {
        assess("baidu", 5, ComplianceStatus.IMPLEMENTED);
        HtmlPage page = page("/clauses/5");
        assertThat(page.getElementById("reviews-none")).isNotNull();
        assertThat(page.getElementsByTagName("canvas")).isEmpty();
    }

    @Test
    void withoutChartsAPageLoadsNoChartScript() throws Exception {
        HtmlPage page = page("/members");
        assertThat(page.getElementsByTagName("canvas")).isEmpty();
        assertThat(page.asXml()).doesNotContain("chart.umd.min.js", "charts.js");
    }

    @Test
    void chartJsAndTheDrawingScriptAreServedByTheApp() throws Exception {
        this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js"))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Chart.js v4.5.1")));
        this.mvc.perform(get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")).andExpect(status().isOk());
        this.mvc.perform(get("/js/charts.js"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/javascript"))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("data-chart-source")));
    }

    @Test
    void chartRowsAreHiddenUntilTheScriptDrawsThemSoThePageReadsWellWithoutJavaScript() throws Exception {
        assess("baidu", 1, ComplianceStatus.PLANNED).markReviewed("editors", LocalDate.of(2022, 2, 1));
        this.em.flush();
        HtmlPage page = page("/clauses/1");
        DomElement canvas = page.querySelector("canvas");
        assertThat(canvas.getParentNode().getParentNode()).isInstanceOfSatisfying(DomElement.class,
                box -> assertThat(box.hasAttribute("hidden")).isTrue());
        assertThat(table(page, "reviews-by-quarter").getRows()).extracting(HtmlTableRow::isDisplayed)
            .containsOnly(true);
    }

}
