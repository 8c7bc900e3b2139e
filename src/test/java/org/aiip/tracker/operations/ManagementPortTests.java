package org.aiip.tracker.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a separate management port (as an operator sets it with {@code MANAGEMENT_SERVER_PORT}), a
 * Prometheus scraper and the load balancer reach metrics, info and health there without signing
 * in, and nothing else; the main port still refuses the actuator to anonymous callers. Real HTTP
 * on both ports: the management port is a second Tomcat, which MockMvc would not show.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("test")
class ManagementPortTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int mainPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusInfoAndHealthAnswerOnTheManagementPortWithoutSigningIn() throws Exception {
        assertThat(this.managementPort).isNotEqualTo(this.mainPort);
        HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
        assertThat(metrics.headers().firstValue("Set-Cookie")).as("no session for a scraper").isEmpty();
        assertThat(get(this.managementPort, "/actuator/info").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("components");
    }

    @Test
    void theManagementPortServesNothingElse() throws Exception {
        for (String path : new String[] { "/", "/filings", "/login", "/admin/backup", "/actuator/env",
                "/actuator/beans" }) {
            assertThat(get(this.managementPort, path).statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> post = this.http.send(HttpRequest
            .newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/prometheus"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void theMainPortStillRefusesTheActuatorToAnonymousCallers() throws Exception {
        for (String path : new String[] { "/actuator/prometheus", "/actuator/info" }) {
            HttpResponse<String> response = get(this.mainPort, path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        assertThat(get(this.mainPort, "/filings").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
