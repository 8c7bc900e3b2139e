package org.aiip.tracker.filing;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The export's reads are made small here (7 rows per database read, 30 ids per engine query), so that
 * 400 filings cross many of both, read on the reader threads outside any transaction, as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "tracker.export.rows-per-read=7", "tracker.export.ids-per-query=30" })
@ActiveProfiles("test")
class ExportStreamingServerTests {

    private static final String TITLE = "Streamed export filing";

    private static final String SECRET = "Streamed export unpublished";

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
                if (i % 50 == 0) {
                    fixtures.unpublishedFiling("haier", SECRET + " " + i, LocalDate.of(2021, 6, 1).plusDays(i));
                }
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

    @Test
    void everyPublishedFilingComesOnceInIdOrderAcrossManyReads() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/filings/export.csv?member=haier"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(response.body().substring(1)))
            .getRecords();
        List<CSVRecord> streamed = rows.stream().filter(r -> r.get("title").startsWith(TITLE)).toList();
        assertThat(streamed).hasSize(400);
        assertThat(rows).extracting(r -> r.get("title")).noneMatch(title -> title.startsWith(SECRET));
        List<Long> ids = rows.stream()
            .map(r -> Long.valueOf(r.get("address").substring(r.get("address").lastIndexOf('/') + 1)))
            .toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(streamed).extracting(r -> r.get("publication_number"))
            .contains("CN300000000A", "CN300000399A");
    }

}
