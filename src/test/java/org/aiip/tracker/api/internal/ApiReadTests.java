package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.overview.DashboardService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every read endpoint of the API, what it answers and that the public, editors and admins may use it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class ApiReadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    DashboardService dashboards;

    ApiTestData data;

    PatentFiling filing;

    @BeforeEach
    void setUp() {
        this.data = new ApiTestData(this.em, this.accounts, this.members);
        this.filing = this.data.fixtures().publishedFiling("baidu", "Speech model training", LocalDate.of(2019, 3, 1));
        this.data.assessment("baidu", 3, ComplianceStatus.IMPLEMENTED, "Open licence policy published");
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "editor:jd", "admin" })
    void everyReadEndpointAnswersJsonToThePublicEditorsAndAdmins(String caller) throws Exception {
        Long agreement = this.em.createQuery("select min(a.id) from CooperationAgreement a", Long.class)
            .getSingleResult();
        for (String path : new String[] { "/api/v1/members", "/api/v1/members/baidu", "/api/v1/members/baidu/compliance",
                "/api/v1/clauses", "/api/v1/clauses/3", "/api/v1/clauses/3/compliance", "/api/v1/filings",
                "/api/v1/filings/" + this.filing.getId(), "/api/v1/filings/" + this.filing.getId() + "/family",
                "/api/v1/agreements", "/api/v1/agreements/" + agreement, "/api/v1/dashboard" }) {
            this.mvc.perform(get(path).with(this.data.as(caller)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        }
    }

    @Test
    void membersListNamesEveryMemberInEveryLanguageWithItsFigures() throws Exception {
        this.mvc.perform(get("/api/v1/members"))
            .andExpect(jsonPath("$.items[*].slug", containsInAnyOrder("baidu", "haier", "jd")))
            .andExpect(jsonPath("$.items[?(@.slug == 'baidu')].name.zh", contains("百度")))
            .andExpect(jsonPath("$.items[?(@.slug == 'baidu')].name.ko", contains("바이두")))
            .andExpect(jsonPath("$.items[?(@.slug == 'baidu')].filings", contains(1)))
            .andExpect(jsonPath("$.items[?(@.slug == 'baidu')].implementedClauses", contains(1)))
            .andExpect(jsonPath("$.items[?(@.slug == 'baidu')].href", contains("/api/v1/members/baidu")));
    }

    @Test
    void memberShowsItsProfileFilingFiguresAndWhereToReadMore() throws Exception {
        this.mvc.perform(get("/api/v1/members/baidu"))
            .andExpect(jsonPath("$.name.en").value("Baidu"))
            .andExpect(jsonPath("$.role").value("LEAD"))
            .andExpect(jsonPath("$.filings.totals.total").value(1))
            .andExpect(jsonPath("$.filings.perYear[0].year").value(2019))
            .andExpect(jsonPath("$.filings.byArea[0].code").value("DEEP_LEARNING"))
            .andExpect(jsonPath("$.filings.byOffice[0].office").value("CN"))
            .andExpect(jsonPath("$.links.filings").value("/api/v1/filings?member=baidu"))
            .andExpect(jsonPath("$.links.compliance").value("/api/v1/members/baidu/compliance"))
            .andExpect(jsonPath("$.links.agreements").value("/api/v1/agreements?member=baidu"));
    }

    @Test
    void clausesCarryEveryLanguageVersionAndSayWhichIsTheSource() throws Exception {
        Clause clause = this.data.clause(3);
        clause.putText("zh", "专利开放许可", "探索专利开放许可政策。", true);
        this.em.flush();

        this.mvc.perform(get("/api/v1/clauses/3"))
            .andExpect(jsonPath("$.number").value(3))
            .andExpect(jsonPath("$.sourceLanguage").value("zh"))
            .andExpect(jsonPath("$.texts[*].language", contains("en", "ko", "zh")))
            .andExpect(jsonPath("$.texts[?(@.language == 'zh')].kind", contains("SOURCE")))
            .andExpect(jsonPath("$.texts[?(@.language == 'en')].kind", contains("TRANSLATION")))
            .andExpect(jsonPath("$.texts[?(@.language == 'zh')].shortTitle", contains("专利开放许可")))
            .andExpect(jsonPath("$.missingLanguages", hasSize(0)));
        this.mvc.perform(get("/api/v1/clauses"))
            .andExpect(jsonPath("$.items", hasSize(8)))
            .andExpect(jsonPath("$.items[*].number", contains(1, 2, 3, 4, 5, 6, 7, 8)));
    }

    @Test
    void clausesInOneLanguageCarryOnlyThatVersion() throws Exception {
        this.mvc.perform(get("/api/v1/clauses?language=ko"))
            .andExpect(jsonPath("$.items[*].texts[*].language", everyItem(is("ko"))))
            .andExpect(jsonPath("$.items[0].texts", hasSize(1)));
    }

    @Test
    void filingsAreFilteredAndSortedLikeTheFilingsPage() throws Exception {
        this.data.fixtures().publishedFiling("baidu", "Another speech model", LocalDate.of(2021, 5, 1));
        this.data.fixtures().publishedFiling("haier", "Fridge vision", LocalDate.of(2019, 7, 1));

        this.mvc.perform(get("/api/v1/filings?member=baidu&sort=title"))
            .andExpect(jsonPath("$.total").value(2))
            .andExpect(jsonPath("$.items[*].title", contains("Another speech model", "Speech model training")));
        this.mvc.perform(get("/api/v1/filings?year=2019&sort=oldest"))
            .andExpect(jsonPath("$.items[*].title", contains("Speech model training", "Fridge vision")));
        this.mvc.perform(get("/api/v1/filings?q=FRIDGE&office=cn&status=PUBLISHED&area=deep_learning"))
            .andExpect(jsonPath("$.items[*].title", contains("Fridge vision")))
            .andExpect(jsonPath("$.items[0].applicant.slug").value("haier"))
            .andExpect(jsonPath("$.items[0].technologyArea.code").value("DEEP_LEARNING"));
        this.mvc.perform(get("/api/v1/filings?ipc=G06N&open=false&size=1"))
            .andExpect(jsonPath("$.total").value(3))
            .andExpect(jsonPath("$.items", hasSize(1)))
            .andExpect(jsonPath("$.totalPages").value(3))
            .andExpect(jsonPath("$.links.last").value("/api/v1/filings?ipc=G06N&open=false&size=1&page=2"));
    }

    @Test
    void aPagePastTheEndIsEmptyRatherThanTheLastPage() throws Exception {
        this.mvc.perform(get("/api/v1/filings?page=5"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.page").value(5))
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.items", hasSize(0)))
            .andExpect(jsonPath("$.nextCursor", nullValue()));
    }

    @Test
    void aFilingCarriesEveryFieldAndItsVersionAsAStrongETag() throws Exception {
        this.mvc.perform(get("/api/v1/filings/" + this.filing.getId()))
            .andExpect(header().string("ETag", "\"0\""))
            .andExpect(jsonPath("$.version").value(0))
            .andExpect(jsonPath("$.applicationNumber").value(this.filing.getNumber().display()))
            .andExpect(jsonPath("$.storedNumber").value(this.filing.getApplicationNumber()))
            .andExpect(jsonPath("$.title").value("Speech model training"))
            .andExpect(jsonPath("$.filingDate").value("2019-03-01"))
            .andExpect(jsonPath("$.published").value(true))
            .andExpect(jsonPath("$.ipcClasses", contains("G06N 3/08")))
            .andExpect(jsonPath("$.registers[*].register", hasItem("googlePatents")))
            .andExpect(jsonPath("$.links.family").value("/api/v1/filings/" + this.filing.getId() + "/family"));

        this.filing.setTitle("Speech model training, corrected");
        this.em.flush();

        this.mvc.perform(get("/api/v1/filings/" + this.filing.getId()))
            .andExpect(header().string("ETag", "\"1\""))
            .andExpect(jsonPath("$.title").value("Speech model training, corrected"));
    }

    @Test
    void theFamilyListsTheOtherFilingsOfTheFamilyOldestFirst() throws Exception {
        this.filing.setFamilyKey("FAM-API-1");
        PatentFiling us = this.data.fixtures().filing("baidu", "Speech model training", LocalDate.of(2019, 9, 1),
                LegalStatus.PUBLISHED);
        us.setNumber(ApplicationNumber.parse(PatentOffice.US, "16/123,456"));
        us.setPublicationNumber("US20200123456A1");
        us.setPublicationDate(LocalDate.of(2020, 3, 1));
        us.setFamilyKey("FAM-API-1");
        this.data.fixtures().save(us);

        this.mvc.perform(get("/api/v1/filings/" + this.filing.getId() + "/family"))
            .andExpect(jsonPath("$.familyKey").value("FAM-API-1"))
            .andExpect(jsonPath("$.otherFilings[*].id", contains(us.getId().intValue())))
            .andExpect(jsonPath("$.otherFilings[0].office").value("US"));
    }

    @Test
    void complianceOfAMemberAndOfAClauseComesWithTheEvidence() throws Exception {
        this.data.assessment("jd", 3, ComplianceStatus.PLANNED, "Licensing plan announced");

        this.mvc.perform(get("/api/v1/members/baidu/compliance"))
            .andExpect(jsonPath("$.items", hasSize(1)))
            .andExpect(jsonPath("$.items[0].clause.number").value(3))
            .andExpect(jsonPath("$.items[0].status").value("IMPLEMENTED"))
            .andExpect(jsonPath("$.items[0].evidence[0].kind").value("POLICY"))
            .andExpect(jsonPath("$.items[0].evidence[0].description").value("Open licence policy published"))
            .andExpect(jsonPath("$.items[0].evidence[0].date").value("2021-03-04"));
        this.mvc.perform(get("/api/v1/clauses/3/compliance"))
            .andExpect(jsonPath("$.items[*].member.slug", contains("baidu", "jd")))
            .andExpect(jsonPath("$.items[*].status", contains("IMPLEMENTED", "PLANNED")))
            .andExpect(jsonPath("$.items[1].evidence[0].description").value("Licensing plan announced"));
    }

    @Test
    void agreementsNameTheirPartiesAndCanBeNarrowedToAMember() throws Exception {
        this.mvc.perform(get("/api/v1/agreements?member=haier"))
            .andExpect(jsonPath("$.items[0].title").value("Baidu–Haier AI and IoT patent cooperation agreement"))
            .andExpect(jsonPath("$.items[0].signedOn").value("2019-06-01"))
            .andExpect(jsonPath("$.items[0].signedPrecision").value("MONTH"))
            .andExpect(jsonPath("$.items[0].parties[*].slug", containsInAnyOrder("baidu", "haier")))
            .andExpect(jsonPath("$.items[0].technologyFields", contains("AI", "IoT")));
        this.mvc.perform(get("/api/v1/agreements?member=jd")).andExpect(jsonPath("$.items", hasSize(0)));
        String href = JsonPath.read(this.mvc.perform(get("/api/v1/agreements"))
            .andReturn()
            .getResponse()
            .getContentAsString(), "$.items[0].href");
        this.mvc.perform(get(href)).andExpect(status().isOk()).andExpect(jsonPath("$.href").value(href));
    }

    @Test
    void dashboardFiguresAreTheDashboardPagesNumbers() throws Exception {
        this.data.fixtures().publishedFiling("jd", "Warehouse robot vision", LocalDate.of(2020, 2, 1));
        var page = this.dashboards.dashboard(Locale.ENGLISH);

        this.mvc.perform(get("/api/v1/dashboard"))
            .andExpect(jsonPath("$.activeMembers").value(page.activeMembers()))
            .andExpect(jsonPath("$.totals.total").value(2))
            .andExpect(jsonPath("$.totals.pending").value(page.totals().pending()))
            .andExpect(jsonPath("$.perYear[?(@.year == 2019)].members.baidu", contains(1)))
            .andExpect(jsonPath("$.perYear[?(@.year == 2020)].members.jd", contains(1)))
            .andExpect(jsonPath("$.byOffice[0].office").value("CN"))
            .andExpect(jsonPath("$.byOffice[0].count").value(2))
            .andExpect(jsonPath("$.byStatus[0].status").value("PUBLISHED"))
            .andExpect(jsonPath("$.compliance.clauses", hasSize(8)))
            .andExpect(jsonPath("$.compliance.rows[?(@.member == 'baidu')].statuses[2]", contains("IMPLEMENTED")))
            .andExpect(jsonPath("$.latestChanges[*].title", hasItem("Warehouse robot vision")))
            .andExpect(jsonPath("$.referenceRanking[0].company").value("Baidu"))
            .andExpect(jsonPath("$.referenceRanking[0].trackerFilings").value(1))
            .andExpect(jsonPath("$.initiative.publishedOn").value("2020-04-20"));
    }

}
