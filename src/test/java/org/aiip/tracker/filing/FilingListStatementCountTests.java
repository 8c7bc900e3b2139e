package org.aiip.tracker.filing;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.aiip.tracker.Fixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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

/** The filing list costs a fixed, small number of SQL statements, however many rows it shows. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class FilingListStatementCountTests {

    /**
     * Members and areas for the form, the count, the page's ids and the page's rows; plus the member
     * and area lookups when filtered, and on H2 the total of all filings that decides how a member's or
     * an area's list is read (FilingService.readByDate).
     */
    private static final long MOST_STATEMENTS = 8;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private EntityManager em;

    @Autowired
    private EntityManagerFactory emf;

    @Test
    void listPageStatementCountDoesNotGrowWithTheRowsShown() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        fixtures.publishedFiling("baidu", "The only filing", LocalDate.of(2019, 1, 1));
        long withOneRow = statementsFor("/filings");

        for (int i = 0; i < 24; i++) {
            PatentFiling filing = fixtures.filing(i % 2 == 0 ? "baidu" : "haier", "Filing " + i,
                    LocalDate.of(2019, 1, 2).plusDays(i), LegalStatus.PUBLISHED);
            filing.setPublicationNumber("CN1100000" + (10 + i) + "A");
            filing.setPublicationDate(LocalDate.of(2021, 1, 1));
            filing.getCoApplicants().add(fixtures.member("jd"));
            filing.setFamilyKey("FAM-" + i);
            fixtures.save(filing);
        }
        this.em.clear();
        long withTwentyRows = statementsFor("/filings");

        assertThat(withTwentyRows).isEqualTo(withOneRow).isLessThanOrEqualTo(MOST_STATEMENTS);
    }

    @Test
    void filteredListPageStaysWithinAFixedNumberOfStatements() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        for (int i = 0; i < 25; i++) {
            fixtures.publishedFiling("baidu", "Filing " + i, LocalDate.of(2019, 1, 2).plusDays(i));
        }
        this.em.clear();

        long statements = statementsFor("/filings?member=baidu&area=DEEP_LEARNING&ipc=G06N&year=2019&q=filing");

        assertThat(statements).isLessThanOrEqualTo(MOST_STATEMENTS);
    }

    private long statementsFor(String url) throws Exception {
        Statistics statistics = this.emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        this.mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

}
