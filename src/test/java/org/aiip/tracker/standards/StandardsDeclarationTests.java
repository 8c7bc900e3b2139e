package org.aiip.tracker.standards;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standards declarations of clause 2 through their pages: who may record which declaration, the
 * rules on patents, families and sources, the CSV, the API, and where declarations show up as evidence.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class StandardsDeclarationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    @Autowired
    AuditService audit;

    TestAccounts accounts;

    Fixtures fixtures;

    PatentFiling haierFiling;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.memberService);
        this.fixtures = new Fixtures(this.em);
        this.haierFiling = this.fixtures.publishedFiling("haier", "Smart appliance voice control",
                LocalDate.of(2019, 9, 1));
        this.haierFiling.setFamilyKey("CN201910000001");
        this.em.flush();
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder form(String url, String member, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberId", String.valueOf(this.fixtures.member(member).getId()));
        fields.put("standardsBody", "ITU-T");
        fields.put("standard", "F.748.x AI framework");
        fields.put("declaredOn", "2021-06-01");
        fields.put("commitment", "FRAND");
        fields.put("patents", FilingReferences.reference(this.haierFiling));
        fields.put("families", "CN201910000001");
        fields.put("sourceUrl", "https://example.org/itu-declaration");
        fields.put("version", "0");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long created(MockHttpServletRequestBuilder request) throws Exception {
        String location = this.mvc.perform(request).andExpect(redirectedUrlPattern("/standards/*")).andReturn()
            .getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theRegisterShipsEmptyAndSaysSo() throws Exception {
        assertThat(body(get("/standards"))).contains("No declarations are recorded yet");
        assertThat(body(get("/standards.csv")).lines().toList()).hasSize(1);
        assertThat(body(get("/clauses/2"))).contains("Records behind this clause").contains("/standards");
        assertThat(body(get("/clauses/1"))).doesNotContain("Records behind this clause");
    }

    @Test
    void anEditorRecordsTheirCompanysDeclarationAndItShowsEverywhere() throws Exception {
        long id = created(form("/standards/new", "haier").with(this.accounts.editor("haier")));

        assertThat(body(get("/standards/" + id))).contains("F.748.x AI framework").contains("ITU-T")
            .contains("FRAND").contains("/filings/" + this.haierFiling.getId()).contains("/families/CN201910000001");
        assertThat(this.audit.history(DeclarationService.AUDIT_TYPE, id)).hasSize(1);
        String csv = body(get("/standards.csv"));
        assertThat(csv.lines().toList().get(1)).isEqualTo(id + ",Haier,haier,ITU-T,F.748.x AI framework,2021-06-01,FRAND,,"
                + FilingReferences.reference(this.haierFiling) + ",CN201910000001,https://example.org/itu-declaration,/standards/" + id);
        assertThat(body(get("/clauses/2"))).contains("/standards/" + id);
        assertThat(body(get("/members/haier"))).contains("clause-2-records");
        assertThat(body(get("/filings/" + this.haierFiling.getId()))).contains("/standards/" + id);
        assertThat(body(get("/api/v1/declarations"))).contains("\"standardsBody\":\"ITU-T\"").contains("\"commitment\":\"FRAND\"");
        assertThat(body(get("/api/v1/declarations/" + id))).contains("\"families\":[\"CN201910000001\"]");
    }

    @Test
    void editorsKeepToTheirOwnCompanyAndDeclarationsNameOnlyTheMembersPublishedFilingsAndFamilies() throws Exception {
        RequestPostProcessor baidu = this.accounts.editor("baidu");
        assertThat(body(form("/standards/new", "haier").with(baidu))).contains("Choose your own company from the list");
        PatentFiling baiduFiling = this.fixtures.publishedFiling("baidu", "Search ranking", LocalDate.of(2019, 1, 1));
        String wrong = body(form("/standards/new", "baidu", "patents", FilingReferences.reference(this.haierFiling)
                + "\n" + FilingReferences.reference(baiduFiling), "families", "CN201910000001").with(baidu));
        assertThat(wrong).contains(FilingReferences.reference(this.haierFiling) + " is not a filing of this member")
            .contains("CN201910000001 is not the family key of a published filing of this member");

        long id = created(form("/standards/new", "haier").with(this.accounts.admin()));
        this.mvc.perform(get("/standards/" + id + "/edit").with(baidu)).andExpect(status().isNotFound());
        this.mvc.perform(form("/standards/" + id + "/edit", "haier", "standard", "Taken").with(baidu))
            .andExpect(status().isNotFound());
        this.mvc.perform(form("/standards/" + id + "/edit", "haier", "commitment", "ROYALTY_FREE")
                .with(this.accounts.editor("haier")))
            .andExpect(redirectedUrl("/standards/" + id));
        assertThat(body(get("/standards/" + id))).contains("Royalty-free");
        assertThat(body(form("/standards/" + id + "/edit", "haier", "standard", "Stale", "version", "0")
            .with(this.accounts.admin()))).contains("Someone else saved this record after you opened it");

        assertThat(body(form("/standards/new", "haier", "sourceUrl", "").with(this.accounts.admin())))
            .contains("Give the address of a public source for the declaration");
    }

    @Test
    void theFormsAreForSignedInPeopleOnly() throws Exception {
        this.mvc.perform(get("/standards/new")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(form("/standards/new", "haier")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/standards/1/edit")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/standards/1/history")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/standards/x")).andExpect(status().isNotFound());
        this.mvc.perform(get("/api/v1/declarations/999999")).andExpect(status().isNotFound());
    }

}
