package org.aiip.tracker.filing;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import org.aiip.tracker.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports stream on a real server: the answer goes out in chunks while rows are still being
 * written (Transfer-Encoding: chunked, no Content-Length), so no layer holds the whole file in memory
 * first. A filter that buffered the body (as the page cache does for pages) would set Content-Length.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExportStreamingServerTests {

    private static final String TITLE = "Streamed export filing";

    @LocalServerPort
    int port;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void enoughFilingsForSeveralBuffers() {
        this.transactions.executeWithoutResult(status -> {
            Long present = this.em.createQuery("select count(f) from PatentFiling f where f.title like :t", Long.class)
                .setParameter("t", TITLE + "%")
                .getSingleResult();
            if (present > 0) {
                return;
            }
            Fixtures fixtures = new Fixtures(this.em);
            for (int i = 0; i < 400; i++) {
                PatentFiling filing = fixtures.filing("haier", TITLE + " " + i, LocalDate.of(2021, 1, 1).plusDays(i),
                        LegalStatus.PUBLISHED);
                filing.setPublicationNumber("CN" + (300000000 + i) + "A");
                filing.setPublicationDate(LocalDate.of(2022, 7, 1).plusDays(i));
                filing.setAbstractText("An abstract long enough that four hundred rows fill many buffers. ".repeat(3));
                this.em.persist(filing);
            }
            fixtures.recount();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "/filings/export.csv?member=haier", "/filings/export.xlsx?member=haier" })
    void theExportIsSentInChunksWhileItIsWritten(String path) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
            assertThat(response.headers().firstValue("Content-Length")).isEmpty();
            assertThat(body.readAllBytes().length).isGreaterThan(4 * 8192);
        }
    }

}
