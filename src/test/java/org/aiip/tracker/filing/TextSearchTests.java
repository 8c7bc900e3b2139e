package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The list's text filter searches titles and abstracts, ignoring case, with wildcards taken
 * literally; on PostgreSQL the trigram indexes can answer it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class TextSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Test
    void textFilterFindsTitlesAndAbstractsIgnoringCase() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        fixtures.publishedFiling("baidu", "Quokka speech recognition", LocalDate.of(2019, 3, 1));
        PatentFiling byAbstract = fixtures.filing("jd", "Warehouse robot", LocalDate.of(2019, 4, 1),
                LegalStatus.PUBLISHED);
        byAbstract.setPublicationNumber("CN111222333A");
        byAbstract.setPublicationDate(LocalDate.of(2020, 10, 1));
        byAbstract.setAbstractText("A robot that recognises a QUOKKA among parcels.");
        fixtures.save(byAbstract);
        fixtures.publishedFiling("haier", "Fridge with a camera", LocalDate.of(2019, 5, 1));

        String html = this.mvc.perform(get("/filings").param("q", "quokka")).andReturn().getResponse()
            .getContentAsString();

        assertThat(html).contains("Quokka speech recognition").contains("Warehouse robot")
            .doesNotContain("Fridge with a camera");
        assertThat(this.mvc.perform(get("/filings").param("q", "quo%ka")).andReturn().getResponse()
            .getContentAsString()).doesNotContain("Quokka speech recognition");
    }

    @Test
    @SuppressWarnings("unchecked")
    void onPostgresTheTrigramIndexesCanAnswerTheTextFilter() {
        assumeTrue(PostgresTestDatabase.active(), "PostgreSQL run only");
        // Few rows in a test database: the planner would rather scan, so scanning is made expensive.
        this.em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        List<String> plan = this.em.createNativeQuery("explain select id from patent_filing "
                + "where lower(title) like '%quokka%' or lower(abstract_text) like '%quokka%'").getResultList();
        assertThat(String.join("\n", plan)).contains("ix_filing_title_trgm").contains("ix_filing_abstract_trgm");
    }

}
