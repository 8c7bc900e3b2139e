package org.aiip.tracker.filing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 404 page for filings the public may not see, on a real server: MockMvc does not forward to
 * error pages, so only a running server shows what a visitor gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FilingNotFoundPageTests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private EntityManager em;

    @Autowired
    private TransactionTemplate transaction;

    private Long secretId;

    @AfterEach
    void removeFiling() {
        if (this.secretId != null) {
            this.transaction.executeWithoutResult(status -> this.em.remove(this.em.find(PatentFiling.class, this.secretId)));
        }
    }

    @Test
    void unpublishedFilingGivesTheSameNotFoundPageAsAMissingOne() throws Exception {
        this.secretId = this.transaction.execute(status -> new Fixtures(this.em)
            .unpublishedFiling("baidu", "Secret battery invention", LocalDate.of(2021, 3, 1))
            .getId());

        HttpResponse<String> secret = fetch("/filings/" + this.secretId);
        HttpResponse<String> missing = fetch("/filings/" + (this.secretId + 1000));

        for (HttpResponse<String> response : List.of(secret, missing)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("<h1>Not found</h1>")
                .contains("There is nothing at this address")
                .contains("class=\"navbar-brand\"")
                .doesNotContain("Secret battery invention")
                .doesNotContain("Exception");
        }
    }

    @Test
    void nonNumericIdGivesTheNotFoundPage() throws Exception {
        HttpResponse<String> response = fetch("/filings/not-a-number");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is nothing at this address").doesNotContain("Exception");
    }

    @Test
    void badFilterValuesNeverGiveAnErrorPage() throws Exception {
        HttpResponse<String> response = fetch("/filings?year=abc&page=x&office=%00&sort=%27");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("was not understood and is ignored");
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Accept", "text/html")
            .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

}
