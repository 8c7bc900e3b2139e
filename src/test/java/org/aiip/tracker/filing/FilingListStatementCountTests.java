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

    /**
     * A page of a list shows what the search index stores of each filing: no query reads the filings' rows
     * from the database, and a filing known only by its publication shows its publication number.
     */
    @Test
    void listRowsAreReadFromTheSearchIndexNotFromTheDatabase() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        PatentFiling filed = fixtures.publishedFiling("baidu", "Lane keeping by neural network",
                LocalDate.of(2019, 3, 4));
        PatentFiling published = new PatentFiling(PublicationNumber.parse("CN110001234A"), fixtures.member("haier"),
                fixtures.area("DEEP_LEARNING"));
        published.setTitle("Refrigerator that recognises food");
        published.setFilingDate(LocalDate.of(2019, 5, 6));
        published.setLegalStatus(LegalStatus.GRANTED);
        published.setPublicationDate(LocalDate.of(2020, 11, 12));
        published.setOpenLicence(true);
        fixtures.save(published);
        this.em.clear();
        Statistics statistics = this.emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        String page = this.mvc.perform(get("/filings?year=2019"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(page).contains("Lane keeping by neural network",
                FilingListRow.displayNumber(filed.getOffice(), filed.getApplicationNumber()),
                "Refrigerator that recognises food", "CN110001234A", "Haier", "Baidu", "2019-05-06");
        assertThat(statistics.getQueries()).noneMatch(query -> query.contains("PatentFiling"));
    }

    private long statementsFor(String url) throws Exception {
        Statistics statistics = this.emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        this.mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

}
