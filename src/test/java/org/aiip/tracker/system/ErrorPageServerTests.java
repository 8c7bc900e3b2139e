package org.aiip.tracker.system;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.aiip.tracker.ServerClient;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as a browser gets them from a real server, after the container's error dispatch (which
 * MockMvc leaves out): the tracker's own page, in the visitor's language, with the navigation (and
 * the signed-in person's name in it), never Spring's Whitelabel page or a bare status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPageServerTests {

    @LocalServerPort
    int port;

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
    @ValueSource(strings = { "/no/such/page", "/members/baidu/edit/more", "/h2-console", "/actuator/env", "/error" })
    void anAnonymousVisitorOpeningAnUnknownAddressGetsTheNotFoundPageNotTheSignInPage(String path) throws Exception {
        HttpResponse<String> page = new ServerClient(this.port).get(path);
        assertThat(page.statusCode()).isEqualTo(404);
        assertOwnPage(page, "<h1>Not found</h1>", "Sign in");
    }

    @Test
    void aSignedInEditorGetsTheNotFoundAndNotAllowedPagesWithTheirNameInTheNavigation() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        ServerClient browser = new ServerClient(this.port).signIn(editor.username(), TestAccounts.PASSWORD);

        HttpResponse<String> unknown = browser.get("/no/such/page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertOwnPage(unknown, "<h1>Not found</h1>", editor.username());

        HttpResponse<String> adminOnly = browser.get("/admin/users");
        assertThat(adminOnly.statusCode()).isEqualTo(403);
        assertOwnPage(adminOnly, "<h1>Not allowed</h1>", editor.username());
    }

    @Test
    void errorPagesSpeakTheVisitorsLanguage() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("jd");
        ServerClient korean = new ServerClient(this.port).language("ko").signIn(editor.username(), TestAccounts.PASSWORD);
        HttpResponse<String> forbidden = korean.get("/admin/audit");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("<html lang=\"ko\"").contains("<h1>허용되지 않음</h1>").contains("대시보드");
        assertThat(forbidden.body()).as("the language links lead back to the address that failed")
            .contains("href=\"/admin/audit?lang=zh\"");

        HttpResponse<String> chinese = new ServerClient(this.port).language("zh-CN").get("/no/such/page");
        assertThat(chinese.body()).contains("<html lang=\"zh\"").contains("<h1>未找到</h1>");
    }

    @Test
    void aBadValueAndAWrongMethodGetTheirOwnPages() throws Exception {
        TrackerUser admin = this.testAccounts.newAdmin();
        ServerClient browser = new ServerClient(this.port).signIn(admin.username(), TestAccounts.PASSWORD);

        HttpResponse<String> badRequest = browser.get("/admin/audit?page=abc");
        assertThat(badRequest.statusCode()).isEqualTo(400);
        assertOwnPage(badRequest, "<h1>Bad request</h1>", admin.username());

        String token = browser.csrfToken("/admin/users");
        HttpResponse<String> wrongMethod = browser.send(browser.request("/admin/users")
            .header("X-CSRF-TOKEN", token)
            .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertOwnPage(wrongMethod, "<h1>Not possible here</h1>", admin.username());
    }

    @Test
    void publicPagesAnswerHeadRequests() throws Exception {
        ServerClient browser = new ServerClient(this.port);
        for (String path : new String[] { "/", "/members", "/members/baidu", "/clauses/3", "/filings", "/agreements",
                "/login", "/css/tracker.css" }) {
            assertThat(browser.send("HEAD", path).statusCode()).as("HEAD %s", path).isEqualTo(200);
        }
    }

    @Test
    void theApiKeepsItsProblemDetails() throws Exception {
        HttpResponse<String> problem = new ServerClient(this.port)
            .send(new ServerClient(this.port).request("/api/v1/no-such-thing").header("Accept", "application/json"));
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new ServerClient(this.port).get("/api/v1/members/nobody").body()).contains("\"status\":404");
    }

    private static void assertOwnPage(HttpResponse<String> page, String heading, String inNavigation) {
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).doesNotContain("Whitelabel")
            .contains(heading)
            .contains("<nav class=\"navbar")
            .contains("Skip to content")
            .contains(inNavigation);
    }

}
