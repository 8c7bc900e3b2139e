package org.aiip.tracker;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.member.MemberService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations on a real PostgreSQL, in a database of this test's own that is dropped after:
 * Flyway applies them, Hibernate's {@code ddl-auto=validate} accepts the schema, and the real
 * initiative data is there. Where PostgreSQL cannot be reached the test is skipped with the
 * reason printed, except on CI ({@code CI=true}), where that is a failure.
 */
class PostgresMigrationTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private static final String USER = "postgres";

    private String database;

    @BeforeEach
    void createDatabase() throws SQLException {
        try (Connection admin = PostgresTestDatabase.connectOrSkip("test", PostgresMigrationTests.class)) {
            this.database = "tracker_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(admin, "create database " + this.database);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (this.database != null) {
            try (Connection admin = PostgresTestDatabase.connectOrSkip("test", PostgresMigrationTests.class)) {
                // FORCE (PostgreSQL 13+) ends connections a pool may still hold.
                execute(admin, "drop database if exists " + this.database + " with (force)");
            }
        }
    }

    @Test
    void migrationsRunAndHibernateValidatesTheSchemaWithTheRealData() {
        MigrateResult result = Flyway.configure()
            .dataSource(SERVER + this.database, USER, "")
            .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
            .load()
            .migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);

        try (ConfigurableApplicationContext context = boot(false)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(context.getBean(ClauseService.class).all()).hasSize(8);
            assertThat(context.getBean(MemberService.class).all()).extracting("slug")
                .containsExactlyInAnyOrder("baidu", "jd", "haier");
            assertThat(count(jdbc, "select count(*) from clause")).isEqualTo(8);
            assertThat(count(jdbc, "select count(*) from member_company")).isEqualTo(3);
            assertThat(count(jdbc, "select count(*) from clause_text")).isEqualTo(16);
            assertThat(context.getBean(ClauseService.class).byNumber(3).flatMap(c -> c.text("en")))
                .hasValueSatisfying(t -> assertThat(t.getShortTitle()).isEqualTo("Open patent licensing"));
        }
    }

    @Test
    void sampleDataLoadsOnPostgres() {
        try (ConfigurableApplicationContext context = boot(true)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "select count(*) from patent_filing where sample")).isEqualTo(500);
            assertThat(count(jdbc, "select count(*) from compliance_assessment where sample")).isEqualTo(24);
            assertThat(context.getBean(ClauseService.class).all()).extracting(Clause::getNumber)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        }
    }

    /** Starts the application on this test's database; Flyway in the application finds it up to date or migrates it. */
    private ConfigurableApplicationContext boot(boolean sample) {
        return new SpringApplicationBuilder(TrackerApplication.class).run(
                "--spring.datasource.url=" + SERVER + this.database, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=", "--spring.jpa.hibernate.ddl-auto=validate", "--server.port=0",
                "--tracker.sample-data.enabled=" + sample, "--tracker.sample-data.filings=500",
                "--spring.main.banner-mode=off");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

}
