package org.aiip.tracker.filing;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A filing search that runs past its time limit stops, and the page says so and what narrows the
 * search, in the visitor's language, without a list and with a status that no cache keeps. The limit
 * here is zero, so that every search is past it.
 */
@SpringBootTest(properties = "tracker.search.timeout=PT0S")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class FilingSearchTimeLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Test
    void aSearchPastItsTimeLimitStopsAndThePageSaysWhatToNarrow() throws Exception {
        new Fixtures(this.em).publishedFiling("baidu", "Quokka speech recognition", LocalDate.of(2019, 3, 1));

        String html = this.mvc.perform(get("/filings").param("q", "speech"))
            .andExpect(status().isServiceUnavailable())
            .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This search took too long and was stopped.")
            .contains("choose an applicant, a year or an office")
            .doesNotContain("Quokka speech recognition")
            .contains("value=\"speech\"");
        assertThat(this.mvc.perform(get("/filings").param("q", "speech").param("lang", "ko"))
            .andReturn().getResponse().getContentAsString()).contains("검색 범위를 좁혀");
    }

}
