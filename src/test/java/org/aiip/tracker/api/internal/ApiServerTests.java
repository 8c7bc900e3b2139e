package org.aiip.tracker.api.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TestTokens;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API on a real server (MockMvc does not forward to error pages): its errors are problem details
 * while the pages keep their HTML error page, and Swagger UI at /api comes from the jar with a CSP of
 * its own while every other page keeps the strict one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiServerTests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Test
    void apiErrorsAreProblemDetailsAndPagesKeepTheirErrorPage() throws Exception {
        HttpResponse<String> api = fetch("/api/v1/filings/999999999", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":404").contains("\"title\":\"Not found\"");

        HttpResponse<String> page = fetch("/filings/999999999", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Not found</h1>").doesNotContain("\"status\"");
    }

    @Test
    void swaggerUiAtApiComesFromTheJarWithItsOwnContentSecurityPolicy() throws Exception {
        HttpResponse<String> api = fetch("/api", "text/html");
        assertThat(api.statusCode()).isEqualTo(302);
        assertThat(api.headers().firstValue("Location")).hasValue("/swagger-ui/index.html");

        HttpResponse<String> ui = fetch("/swagger-ui/index.html", "text/html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui-bundle.js").contains("swagger-initializer.js")
            .doesNotContain("https://");
        assertThat(ui.headers().firstValue("Content-Security-Policy"))
            .hasValueSatisfying(csp -> assertThat(csp).contains("style-src 'self' 'unsafe-inline'")
                .contains("script-src 'self';"));
        assertThat(fetch("/swagger-ui/swagger-ui-bundle.js", "*/*").statusCode()).isEqualTo(200);
        assertThat(fetch("/v3/api-docs/swagger-config", "application/json").body()).contains("/v3/api-docs");

        assertThat(fetch("/", "text/html").headers().firstValue("Content-Security-Policy"))
            .hasValueSatisfying(csp -> assertThat(csp).contains("style-src 'self';").doesNotContain("unsafe-inline"));
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413BeforeAnythingParsesIt() throws Exception {
        String editorToken = new TestTokens(this.context)
            .create(new TestAccounts(this.accounts, this.members).newEditor("baidu"));
        byte[] body = ("{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = CLIENT.send(HttpRequest.newBuilder(URI.create(url("/api/v1/filings")))
            .header("Content-Type", "application/json")
            .header("Accept-Language", "ko")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).as("with Content-Length, even without a token").isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(declared.body()).contains("\"status\":413").contains("요청이 너무 큼");

        // Chunked, no length declared: refused once the first megabyte has been read.
        HttpResponse<String> chunked = CLIENT.send(HttpRequest.newBuilder(URI.create(url("/api/v1/filings")))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + editorToken)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("\"status\":413").contains("at most 1024 KB");

        HttpResponse<String> small = CLIENT.send(HttpRequest.newBuilder(URI.create(url("/api/v1/filings")))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + editorToken)
            .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as("a small body is read and checked as before").isEqualTo(422);
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    private HttpResponse<String> fetch(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Accept", accept)
            .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

}
