package org.aiip.tracker.api.internal;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Unpublished filings through the API: the applicant's editors and admins see them in lists, detail,
 * family and counts; the public and other companies' editors see no trace of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class ApiConfidentialityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    ApiTestData data;

    PatentFiling published;

    PatentFiling secret;

    @BeforeEach
    void setUp() {
        this.data = new ApiTestData(this.em, this.accounts, this.members);
        this.published = this.data.fixtures().publishedFiling("jd", "Warehouse robot vision", LocalDate.of(2019, 4, 1));
        this.published.setFamilyKey("FAM-SECRET");
        this.secret = this.data.fixtures().unpublishedFiling("jd", "Secret drone battery", LocalDate.of(2022, 6, 1));
        this.secret.setFamilyKey("FAM-SECRET");
        this.data.fixtures().recount();
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "editor:baidu" })
    void othersSeeNoTraceOfAnUnpublishedFiling(String caller) throws Exception {
        RequestPostProcessor as = this.data.as(caller);
        this.mvc.perform(get("/api/v1/filings").with(as))
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(content().string(not(containsString("Secret drone battery"))));
        this.mvc.perform(get("/api/v1/filings?member=jd&year=2022").with(as)).andExpect(jsonPath("$.total").value(0));
        this.mvc.perform(get("/api/v1/filings/" + this.secret.getId()).with(as)).andExpect(status().isNotFound());
        this.mvc.perform(get("/api/v1/filings/" + this.secret.getId() + "/family").with(as))
            .andExpect(status().isNotFound());
        this.mvc.perform(get("/api/v1/filings/" + this.published.getId() + "/family").with(as))
            .andExpect(jsonPath("$.otherFilings[*].id", not(hasItem(this.secret.getId().intValue()))));
        this.mvc.perform(get("/api/v1/members").with(as))
            .andExpect(jsonPath("$.items[?(@.slug == 'jd')].filings", contains(1)));
        this.mvc.perform(get("/api/v1/members/jd").with(as))
            .andExpect(jsonPath("$.filings.totals.total").value(1))
            .andExpect(jsonPath("$.filings.perYear[*].year", not(hasItem(2022))));
        this.mvc.perform(get("/api/v1/dashboard").with(as))
            .andExpect(jsonPath("$.totals.total").value(1))
            .andExpect(jsonPath("$.latestChanges[*].title", not(hasItem("Secret drone battery"))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "editor:jd", "admin" })
    void theApplicantsEditorsAndAdminsSeeItEverywhere(String caller) throws Exception {
        RequestPostProcessor as = this.data.as(caller);
        this.mvc.perform(get("/api/v1/filings?member=jd").with(as))
            .andExpect(jsonPath("$.total").value(2))
            .andExpect(jsonPath("$.items[*].title", containsInAnyOrder("Warehouse robot vision", "Secret drone battery")));
        this.mvc.perform(get("/api/v1/filings/" + this.secret.getId()).with(as))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.published").value(false));
        this.mvc.perform(get("/api/v1/filings/" + this.published.getId() + "/family").with(as))
            .andExpect(jsonPath("$.otherFilings[*].id", contains(this.secret.getId().intValue())));
        this.mvc.perform(get("/api/v1/members").with(as))
            .andExpect(jsonPath("$.items[?(@.slug == 'jd')].filings", contains(2)));
        this.mvc.perform(get("/api/v1/members/jd").with(as)).andExpect(jsonPath("$.filings.totals.total").value(2));
        this.mvc.perform(get("/api/v1/dashboard").with(as))
            .andExpect(jsonPath("$.totals.total").value(2))
            .andExpect(jsonPath("$.latestChanges[*].title", hasItem("Secret drone battery")));
    }

}
