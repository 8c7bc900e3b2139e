package org.aiip.tracker.operations;

import org.aiip.tracker.PostgresTestDatabase;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operations routes: health for the load balancer (everyone), info and metrics for admins, and
 * the backup page, which refuses politely where there is no embedded database file to back up (the
 * in-memory test database, or PostgreSQL in the PostgreSQL run).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class OperationsRoutesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        this.testAccounts = new TestAccounts(this.accounts, this.members);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
    void healthAndItsProbesAreOpenToTheLoadBalancerWithoutDetails(String path) throws Exception {
        this.mvc.perform(get(path))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"))
            .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void readinessIncludesTheDatabaseForAdmins() throws Exception {
        this.mvc.perform(get("/actuator/health/readiness").with(this.testAccounts.admin()))
            .andExpect(jsonPath("$.components.db.status").value("UP"))
            .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/info", "/actuator/prometheus", "/admin/backup" })
    void operationsPagesSendThePublicToTheLoginPageAndAreClosedToEditors(String path) throws Exception {
        this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get(path).with(this.testAccounts.editor("baidu"))).andExpect(status().isForbidden());
    }

    @Test
    void infoShowsAdminsTheBuildVersionAndTheGitCommit() throws Exception {
        this.mvc.perform(get("/actuator/info").with(this.testAccounts.admin()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"))
            .andExpect(jsonPath("$.build.artifact").value("initiative-tracker"))
            .andExpect(jsonPath("$.git.commit.id", matchesPattern("[0-9a-f]{7,40}")));
    }

    @Test
    void metricsAreInThePrometheusFormatForAdmins() throws Exception {
        this.mvc.perform(get("/actuator/prometheus").with(this.testAccounts.admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("# TYPE jvm_memory_used_bytes gauge")))
            .andExpect(content().string(containsString("hikaricp_connections_active")));
    }

    @Test
    void requestsAreTimedAsAWholeButNotFilterByFilter() throws Exception {
        this.mvc.perform(get("/filings")).andExpect(status().isOk());
        this.mvc.perform(get("/actuator/prometheus").with(this.testAccounts.admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("http_server_requests_seconds_count{")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("spring_security_filterchains"))))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("spring_security_authorizations"))));
    }

    @Test
    void backupPageExplainsWhyThereIsNoDownloadForThisDatabase() throws Exception {
        String reason = PostgresTestDatabase.active() ? "Back it up on the server with pg_dump"
                : "an in-memory database, which has no file to back up";
        this.mvc.perform(get("/admin/backup").with(this.testAccounts.admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1>Database backup</h1>")))
            .andExpect(content().string(containsString(reason)))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Download a backup"))));
        this.mvc.perform(post("/admin/backup").with(csrf()).with(this.testAccounts.admin()))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString(reason)));
    }

    @Test
    void backupWithoutCsrfTokenIsRefused() throws Exception {
        this.mvc.perform(post("/admin/backup").with(this.testAccounts.admin())).andExpect(status().isForbidden());
    }

}
