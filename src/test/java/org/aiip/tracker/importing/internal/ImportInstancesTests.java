package org.aiip.tracker.importing.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import org.aiip.tracker.TrackerApplication;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.FilingBulkWriter;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.filing.SearchIndexCheck;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Imports with several instances on one database: this test's context is one instance, a second
 * Spring context on the same database is another. A writer that pauses after its first chunk holds
 * a job in the middle of its transaction, so that the other instance's start, its periodic checks
 * and a shutdown meet a job that is really running.
 */
@SpringBootTest(properties = { ImportInstancesTests.DIR, ImportInstancesTests.CHUNK, ImportInstancesTests.BEAT,
        ImportInstancesTests.STALE, "tracker.import.wait-millis=10000" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ImportInstancesTests.Pausing.class)
class ImportInstancesTests {

    static final String DIR = "tracker.import.dir=target/import-instances-tests";

    static final String CHUNK = "tracker.import.chunk-size=10";

    static final String BEAT = "tracker.import.heartbeat-interval=PT0.5S";

    static final String STALE = "tracker.import.stale-after=PT2S";

    @Autowired
    private jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    ImportJobStore store;

    @Autowired
    PausingImportWriter writer;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    TrackerUser admin;

    @BeforeEach
    void setUp() {
        this.admin = new TestAccounts(this.accountService, this.members).newAdmin();
    }

    @Test
    void anotherInstanceStartingLeavesThisInstancesRunningImportAloneAndItCompletes() throws Exception {
        String id = uploadAndCheck(30, "Two instances");
        long before = filings();
        this.writer.pauseAfterNextChunk();
        confirm(id);
        this.writer.awaitPaused(); // ten rows written, not committed; the job is WRITING on this instance
        try (ConfigurableApplicationContext other = startAnotherInstance()) {
            assertThat(other.getBean(ImportJobRepository.class).findByPublicId(id)).as("the same database").isPresent();
            // The other instance looked for stale jobs as it started; it keeps looking every half second.
            // For longer than stale-after, the job stays this instance's and running: its heartbeat keeps it alive.
            org.awaitility.Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> job(id).getState() == ImportState.WRITING
                        && this.store.instance().equals(job(id).getRunner()));
            other.getBean(ImportRunner.class).markInterrupted();
            ImportJob running = job(id);
            assertThat(running.getState()).isEqualTo(ImportState.WRITING);
            assertThat(running.getRunner()).isEqualTo(this.store.instance())
                .isNotEqualTo(other.getBean(ImportJobStore.class).instance());
        }
        finally {
            this.writer.release();
        }
        ImportJob done = await(id);
        assertThat(done.getState()).as("the other instance stopping leaves this one's job alone too")
            .isEqualTo(ImportState.DONE);
        assertThat(done.getCreatedCount()).isEqualTo(30);
        assertThat(filings()).isEqualTo(before + 30);
        SearchIndexCheck.assertInStep(this.jdbc, this.entityManagerFactory);
    }

    @Test
    void stoppingAnInstanceRollsBackItsRunningImportWhichCanThenRunAgain() throws Exception {
        String id = uploadAndCheck(30, "Stopped midway");
        long before = filings();
        long ipcBefore = count("filing_ipc");
        ConfigurableApplicationContext other = startAnotherInstance();
        PausingImportWriter otherWriter = other.getBean(PausingImportWriter.class);
        otherWriter.pauseAfterNextChunk();
        // The admin confirms on the other instance, which starts writing.
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(this.admin, null, this.admin.getAuthorities()));
        try {
            other.getBean(ImportService.class).confirm(id, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
        otherWriter.awaitPaused();
        assertThat(job(id).getRunner()).isEqualTo(other.getBean(ImportJobStore.class).instance());

        // SIGTERM: the context closes; once its import runner is stopping, the paused chunk goes on.
        ImportRunner otherRunner = other.getBean(ImportRunner.class);
        Thread stopping = new Thread(other::close, "stopping-the-other-instance");
        stopping.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(otherRunner::isStopping);
        otherWriter.release();
        stopping.join(60_000);
        assertThat(other.isActive()).isFalse();

        ImportJob interrupted = job(id);
        assertThat(interrupted.getState()).isEqualTo(ImportState.INTERRUPTED);
        assertThat(interrupted.getMessageCode()).isEqualTo("importing.interrupted.stopped");
        assertThat(filings()).as("the chunk written before the stop was rolled back").isEqualTo(before);
        assertThat(count("filing_ipc")).isEqualTo(ipcBefore);
        SearchIndexCheck.assertInStep(this.jdbc, this.entityManagerFactory);

        this.mvc.perform(post("/admin/import/" + id + "/rerun").with(csrf()).with(TestAccounts.as(this.admin)))
            .andExpect(redirectedUrl("/admin/import/" + id));
        assertThat(await(id).getState()).isEqualTo(ImportState.READY);
        confirm(id);
        assertThat(await(id).getState()).isEqualTo(ImportState.DONE);
        assertThat(filings()).isEqualTo(before + 30);
    }

    /** Another instance: the same application in a second Spring context on this test's database. */
    private ConfigurableApplicationContext startAnotherInstance() {
        // The pool's URL, not the property: the test profile's H2 URL has a ${random.uuid} in it.
        return new SpringApplicationBuilder(TrackerApplication.class, Pausing.class).profiles("test")
            .run("--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
                    "--spring.datasource.username=" + this.dataSource.getUsername(),
                    "--spring.datasource.password=" + nullToEmpty(this.dataSource.getPassword()),
                    "--spring.datasource.hikari.maximum-pool-size=3", "--server.port=0", "--" + DIR, "--" + CHUNK,
                    "--" + BEAT, "--" + STALE);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private String uploadAndCheck(int rows, String titlePrefix) throws Exception {
        String location = this.mvc.perform(multipart("/admin/import")
                .file(new MockMultipartFile("file", "filings.csv", "text/csv",
                        ImportTestFiles.csv(ImportTestFiles.rows(rows, "baidu", titlePrefix))))
                .with(csrf())
                .with(TestAccounts.as(this.admin)))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        String id = location.substring("/admin/import/".length());
        assertThat(await(id).getState()).isEqualTo(ImportState.READY);
        return id;
    }

    private void confirm(String id) throws Exception {
        this.mvc.perform(post("/admin/import/" + id + "/confirm").with(csrf()).with(TestAccounts.as(this.admin))
            .param("mode", ImportMode.ALL_OR_NOTHING.name()).param("onMatch", MatchChoice.SKIP.name()))
            .andExpect(redirectedUrl("/admin/import/" + id));
    }

    private ImportJob job(String id) {
        return this.jobs.findByPublicId(id).orElseThrow();
    }

    /** The job once it has stopped running; fails when it still runs after a minute. */
    private ImportJob await(String id) {
        org.awaitility.Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> !job(id).getState().isRunning() && !job(id).isIndexing());
        return job(id);
    }

    private long filings() {
        return count("patent_filing");
    }

    private long count(String table) {
        return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @TestConfiguration
    static class Pausing {

        @Bean
        @Primary
        PausingImportWriter pausingImportWriter(FilingBulkWriter filings, FilingIndexer index) {
            return new PausingImportWriter(filings, index);
        }

    }

    /** The real writer, which can be told to wait after its next chunk (inside the write transaction). */
    static class PausingImportWriter extends ImportWriter {

        private volatile CountDownLatch reached = new CountDownLatch(0);

        private volatile CountDownLatch proceed = new CountDownLatch(0);

        PausingImportWriter(FilingBulkWriter filings, FilingIndexer index) {
            super(filings, index);
        }

        void pauseAfterNextChunk() {
            this.proceed = new CountDownLatch(1);
            this.reached = new CountDownLatch(1);
        }

        void awaitPaused() throws InterruptedException {
            assertThat(this.reached.await(60, TimeUnit.SECONDS)).as("the import reached its first chunk").isTrue();
        }

        void release() {
            this.proceed.countDown();
        }

        @Override
        WriteCounts write(List<CheckedRow> chunk, MatchChoice onMatch) {
            WriteCounts written = super.write(chunk, onMatch);
            if (this.reached.getCount() > 0) {
                this.reached.countDown();
                try {
                    this.proceed.await(60, TimeUnit.SECONDS);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            return written;
        }

    }

}
