package org.aiip.tracker.importing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import org.aiip.tracker.TrackerApplication;
import org.aiip.tracker.PostgresTestDatabase;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.PostgresTestDatabase;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's own SQL (job table, the array lookup of filings on record, batch inserts and
 * updates) on a real PostgreSQL, in a database of its own that is dropped after. Skipped with the
 * reason printed where PostgreSQL cannot be reached, except on CI ({@code CI=true}).
 */
class ImportPostgresTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private String database;

    @BeforeEach
    void createDatabase() throws SQLException {
        try (Connection admin = PostgresTestDatabase.connectOrSkip("test", ImportPostgresTests.class)) {
            this.database = "tracker_import_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(admin, "create database " + this.database);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        SecurityContextHolder.clearContext();
        if (this.database != null) {
            try (Connection admin = PostgresTestDatabase.connectOrSkip("test", ImportPostgresTests.class)) {
                execute(admin, "drop database if exists " + this.database + " with (force)");
            }
        }
    }

    @Test
    void aFileIsCheckedWrittenAndMatchedAgainOnPostgres() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class).run(
                "--spring.datasource.url=" + SERVER + this.database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--server.port=0", "--tracker.sample-data.enabled=false", "--tracker.record.enabled=false",
                "--tracker.import.dir=target/import-postgres-tests", "--spring.main.banner-mode=off")) {
            TrackerUser admin = new TestAccounts(context.getBean(AccountService.class),
                    context.getBean(MemberService.class)).newAdmin();
            SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            ImportService imports = context.getBean(ImportService.class);
            ImportJobRepository jobs = context.getBean(ImportJobRepository.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String number = ImportTestFiles.number();
            String other = ImportTestFiles.number();
            byte[] file = ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "On Postgres"),
                    ImportTestFiles.row(other, "jd", "Also on Postgres"),
                    ImportTestFiles.row(ImportTestFiles.number(), "jd", "Bad date", "2019-02-30"));

            ImportJob first = importFile(imports, jobs, file, MatchChoice.SKIP);
            assertThat(first.getState()).isEqualTo(ImportState.DONE);
            assertThat(first.getCreatedCount()).isEqualTo(2);
            assertThat(first.getErrorRows()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from filing_ipc", Long.class)).isEqualTo(4);

            ImportJob second = importFile(imports, jobs, file, MatchChoice.UPDATE);
            assertThat(second.getMatchRows()).isEqualTo(2);
            assertThat(second.getUpdatedCount()).as("the same file again changes nothing").isZero();
            assertThat(second.getUnchangedCount()).isEqualTo(2);
            assertThat(jdbc.queryForObject("select max(version) from patent_filing", Long.class)).isZero();

            byte[] changed = ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "On Postgres revised"),
                    ImportTestFiles.row(other, "jd", "Also on Postgres"));
            ImportJob third = importFile(imports, jobs, changed, MatchChoice.UPDATE);
            assertThat(third.getUpdatedCount()).isEqualTo(1);
            assertThat(third.getUnchangedCount()).isEqualTo(1);
            assertThat(jdbc.queryForList("select title from patent_filing where version = 1", String.class))
                .containsExactly("On Postgres revised");
            assertThat(jdbc.queryForObject("select count(*) from patent_filing", Long.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'import'", Long.class))
                .isEqualTo(3);
        }
    }

    private static ImportJob importFile(ImportService imports, ImportJobRepository jobs, byte[] content,
            MatchChoice onMatch) throws Exception {
        ImportService.Started started = imports
            .upload(new MockMultipartFile("file", "filings.csv", "text/csv", content), Locale.ENGLISH);
        started.work().get();
        imports.confirm(started.job().getPublicId(), ImportMode.VALID_ONLY, onMatch).get();
        return jobs.findByPublicId(started.job().getPublicId()).orElseThrow();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
