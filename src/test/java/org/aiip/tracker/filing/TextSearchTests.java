package org.aiip.tracker.filing;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.PostgresTestDatabase;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The list's text filter searches titles and abstracts for the text anywhere, ignoring case, with
 * wildcards taken literally; on PostgreSQL the trigram indexes can answer it, on H2 the word index
 * (V32), which follows every change of a filing.
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

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

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

    @Test
    void partsOfWordsTextAcrossWordsAndShortTextMatchAnywhere() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        fixtures.publishedFiling("baidu", "Quokka speech recognition", LocalDate.of(2019, 3, 1));
        fixtures.publishedFiling("baidu", "基于深度学习的语音识别方法", LocalDate.of(2019, 3, 2));
        fixtures.publishedFiling("haier", "Fridge with a camera", LocalDate.of(2019, 5, 1));

        assertThat(search("UOKK")).contains("Quokka speech recognition").doesNotContain("Fridge");
        assertThat(search("ka speech rec")).contains("Quokka speech recognition").doesNotContain("Fridge");
        assertThat(search("qu")).as("too short for the index: scanned").contains("Quokka speech recognition");
        assertThat(search("深度学习")).contains("基于深度学习的语音识别方法").doesNotContain("Quokka");
        assertThat(search("学")).contains("基于深度学习的语音识别方法").doesNotContain("Quokka");
        assertThat(search("speech cam")).doesNotContain("Quokka speech recognition", "Fridge with a camera");
    }

    @Test
    void searchFollowsFilingsCreatedChangedAndWithdrawnThroughTheForms() throws Exception {
        RequestPostProcessor admin = new TestAccounts(this.accountService, this.members).admin();
        String created = this.mvc.perform(post("/filings/new").with(csrf()).with(admin)
                .param("office", "CN")
                .param("applicationNumber", Fixtures.cnNumber(2019).display())
                .param("applicantId", String.valueOf(this.members.bySlug("baidu").orElseThrow().getId()))
                .param("title", "Numbat detection with multi-sensor fusion")
                .param("abstractText", "Finds a numbat in thermal images.")
                .param("filingDate", "2019-03-04")
                .param("legalStatus", "FILED")
                .param("technologyArea", "COMPUTER_VISION"))
            .andExpect(redirectedUrlPattern("/filings/*"))
            .andReturn().getResponse().getRedirectedUrl();
        PatentFiling filing = this.em.find(PatentFiling.class, Long.valueOf(created.substring("/filings/".length())));
        assertThat(search("numbat", admin)).contains("Numbat detection");
        assertThat(search("thermal im", admin)).contains("Numbat detection");

        this.mvc.perform(post("/filings/{id}/edit", filing.getId()).with(csrf()).with(admin)
                .param("office", "CN")
                .param("applicationNumber", filing.getNumber().display())
                .param("applicantId", String.valueOf(filing.getApplicant().getId()))
                .param("title", "Bilby detection with multi-sensor fusion")
                .param("filingDate", "2019-03-04")
                .param("legalStatus", "FILED")
                .param("technologyArea", "COMPUTER_VISION")
                .param("version", String.valueOf(filing.getVersion())))
            .andExpect(redirectedUrlPattern("/filings/*"));
        assertThat(search("numbat", admin)).as("the old title and the removed abstract").doesNotContain("detection");
        assertThat(search("thermal", admin)).doesNotContain("detection");
        assertThat(search("ilby det", admin)).contains("Bilby detection");

        this.mvc.perform(post("/filings/{id}/withdraw", filing.getId()).with(csrf()).with(admin)
                .param("version", String.valueOf(filing.getVersion()))
                .param("reason", "Abandoned"))
            .andExpect(redirectedUrlPattern("/filings/*"));
        assertThat(search("bilby", admin)).contains("Bilby detection", "Withdrawn");
        SearchIndexCheck.assertInStep(this.jdbc);
    }

    @Test
    void onH2TheWordIndexNarrowsTheTextFilterToTheFilingsWithAMatchingWord() throws Exception {
        assumeFalse(PostgresTestDatabase.active(), "H2 run only (PostgreSQL: the trigram test)");
        Fixtures fixtures = new Fixtures(this.em);
        for (int i = 0; i < 30; i++) {
            fixtures.publishedFiling("baidu", (i % 10 == 0 ? "Wombat" : "Other") + " sensor " + i,
                    LocalDate.of(2019, 1, 1).plusDays(i));
        }
        setQueryStatistics(true);
        try {
            assertThat(search("wombat")).contains("Wombat sensor 0", "Wombat sensor 20").doesNotContain("Other sensor");
            String count = this.jdbc.queryForObject("""
                    select sql_statement from information_schema.query_statistics
                    where lower(sql_statement) like 'select count(%' and sql_statement like '%filing_word%'
                      and sql_statement like '%patent_filing%'""",
                    String.class);
            Object[] values = new Object[count.length() - count.replace("?", "").length()];
            java.util.Arrays.fill(values, "%wombat%");
            String plan = String.join("\n", this.jdbc.queryForList("explain analyze " + count, String.class, values));

            // The filings come from the primary key by the ids the index gives, not from a scan ...
            assertThat(plan).containsPattern(Pattern.compile("patent_filing\"? \\S+\\s+/\\* public\\.PRIMARY_KEY_\\w+: id IN\\(SELECT"));
            // ... and the ids from a key range of filing_word per matching word.
            assertThat(plan).containsPattern(Pattern.compile("filing_word\"? \\S+\\s+/\\* public\\.PRIMARY_KEY_\\w+: entry >="));
            // Three filings have the word: the count reads three rows (and the end), not thirty.
            assertThat(plan).containsPattern(Pattern.compile("/\\* scanCount: 4 \\*/\\s*WHERE"));
        }
        finally {
            setQueryStatistics(false);
        }
    }

    /**
     * H2 records every statement while this is on (for all connections). SET commits the open
     * transaction of its connection, so it runs on a connection of its own, not the test's.
     */
    private void setQueryStatistics(boolean on) throws Exception {
        try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set query_statistics " + on);
        }
    }

    private String search(String text, RequestPostProcessor... user) throws Exception {
        var request = get("/filings").param("q", text);
        for (RequestPostProcessor u : user) {
            request.with(u);
        }
        return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

}
