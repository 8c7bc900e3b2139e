package org.aiip.tracker.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

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

    private HttpResponse<String> fetch(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Accept", accept)
            .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

}
