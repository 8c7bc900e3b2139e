package org.aiip.tracker.overview;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 404 page is rendered by the servlet container's error dispatch, which MockMvc does not
 * perform; so these requests go to a real port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotFoundPagesTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = { "/members/nobody", "/clauses/9", "/clauses/abc" })
    void unknownAddressesShowTheNotFoundPageInTheSiteLayout(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
                .header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is nothing at this address").contains("Initiative Tracker");
    }

}
