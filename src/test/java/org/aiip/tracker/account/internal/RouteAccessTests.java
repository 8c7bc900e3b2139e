package org.aiip.tracker.account.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TestTokens;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The route table of SecurityConfig, tried as the public, an editor and an admin. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class RouteAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    ApplicationContext context;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        this.testAccounts = new TestAccounts(this.accounts, this.members);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/members", "/members/baidu", "/clauses", "/clauses/3", "/filings", "/agreements",
            "/login", "/webjars/bootstrap/css/bootstrap.min.css", "/css/tracker.css", "/actuator/health",
            "/api/v1/members", "/api/v1/filings", "/api/v1/dashboard", "/v3/api-docs", "/v3/api-docs/swagger-config",
            "/swagger-ui/index.html" })
    void publicPagesOpenToEveryone(String path) throws Exception {
        this.mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void theApiPageLeadsEveryoneToSwaggerUi() throws Exception {
        this.mvc.perform(get("/api")).andExpect(redirectedUrl("/swagger-ui/index.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/members", "/api/v1/filings", "/v3/api-docs" })
    void theReadApiIsOpenToEditorsAndAdminsToo(String path) throws Exception {
        this.mvc.perform(get(path).with(this.testAccounts.editor("baidu"))).andExpect(status().isOk());
        this.mvc.perform(get(path).with(this.testAccounts.admin())).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin/users", "/admin/users/new", "/admin/audit", "/account", "/filings/new",
            "/members/new", "/agreements/new", "/clauses/3/texts/zh", "/compliance/baidu/3" })
    void signedInPagesSendThePublicToTheLoginPage(String path) throws Exception {
        this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin/users", "/admin/users/new", "/admin/audit", "/members/new", "/agreements/new",
            "/clauses/3/texts/zh" })
    void adminPagesAreClosedToEditors(String path) throws Exception {
        this.mvc.perform(get(path).with(this.testAccounts.editor("baidu"))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin/users", "/admin/users/new", "/admin/audit", "/account", "/filings/new" })
    void adminPagesOpenToAdmins(String path) throws Exception {
        this.mvc.perform(get(path).with(this.testAccounts.admin())).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/account", "/filings/new" })
    void editorPagesOpenToEditors(String path) throws Exception {
        this.mvc.perform(get(path).with(this.testAccounts.editor("jd"))).andExpect(status().isOk());
    }

    @Test
    void addressesNothingAnswersAreNotFoundForEveryoneAndUnnamedMethodsAreDenied() throws Exception {
        this.mvc.perform(get("/h2-console")).andExpect(status().isNotFound());
        this.mvc.perform(get("/actuator/env").with(this.testAccounts.admin())).andExpect(status().isNotFound());
        this.mvc.perform(get("/actuator").with(this.testAccounts.admin())).andExpect(status().isForbidden());
        this.mvc.perform(post("/filings").with(csrf()).with(this.testAccounts.admin()))
            .andExpect(status().isForbidden());
    }

    @Test
    void apiWritesNeedATokenAndUnnamedApiCallsAreDenied() throws Exception {
        this.mvc.perform(post("/api/v1/filings")).andExpect(status().isUnauthorized());
        this.mvc.perform(put("/api/v1/filings/1")).andExpect(status().isUnauthorized());
        this.mvc.perform(post("/api/v1/filings/1/withdraw")).andExpect(status().isUnauthorized());
        this.mvc.perform(delete("/api/v1/filings/1")).andExpect(status().isUnauthorized());
        // (That a browser's session cookie signs nobody in here: ApiTokenTests, with a real sign-in.)
        String editorToken = new TestTokens(this.context).create(this.testAccounts.newEditor("baidu"));
        this.mvc.perform(delete("/api/v1/filings/1").with(TestTokens.bearer(editorToken)))
            .andExpect(status().isForbidden());
        this.mvc.perform(post("/api/v1/members").with(TestTokens.bearer(editorToken))).andExpect(status().isForbidden());
        this.mvc.perform(post("/api/v1/filings").with(TestTokens.bearer(editorToken)))
            .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void publicPagesDoNotChangeStateOnPost() throws Exception {
        this.mvc.perform(post("/members/baidu").with(csrf())).andExpect(redirectedUrl("/login"));
    }

}
