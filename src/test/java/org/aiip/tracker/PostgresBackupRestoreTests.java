package org.aiip.tracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * PostgreSQL's backup and restore as docs/operations.md gives them: {@code pg_dump -Fc} of a tracker
 * database with the sample data, {@code pg_restore} into a fresh database, and every table has every
 * row. The admin page refuses politely on PostgreSQL and points to pg_dump. Skipped with the reason
 * printed where PostgreSQL or pg_dump is missing, except on CI ({@code CI=true}).
 */
class PostgresBackupRestoreTests {

    private String source;

    private String restored;

    @BeforeEach
    void createDatabases() {
        String reason = PostgresTestDatabase.unreachableReason();
        if (reason == null && !onPath("pg_dump")) {
            reason = "pg_dump and pg_restore are not installed";
        }
        if (reason != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason + "; on CI they must be there");
            }
            System.out.println("Skipping PostgresBackupRestoreTests: " + reason);
            Assumptions.abort(reason);
        }
        this.source = PostgresTestDatabase.create();
        this.restored = PostgresTestDatabase.create();
    }

    @AfterEach
    void dropDatabases() {
        for (String database : new String[] { this.source, this.restored }) {
            if (database != null) {
                PostgresTestDatabase.drop(database);
            }
        }
    }

    @Test
    void pgDumpRestoresIntoAFreshDatabaseWithEveryRecord(@TempDir Path dir) throws Exception {
        Map<String, Long> before;
        try (ConfigurableApplicationContext context = boot(this.source)) {
            TestAccounts testAccounts = new TestAccounts(context.getBean(AccountService.class),
                    context.getBean(MemberService.class));
            EntityManager em = context.getBean(EntityManager.class);
            context.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> new Fixtures(em).publishedFiling("haier", "Committed before the dump",
                        LocalDate.of(2020, 6, 1)));
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(springSecurity())
                .build();
            mvc.perform(get("/admin/backup").with(testAccounts.admin()))
                .andExpect(content().string(containsString("Back it up on the server with pg_dump")));
            before = counts(context.getBean(JdbcTemplate.class));
        }

        Path dump = dir.resolve("tracker.dump");
        run("pg_dump", "-h", "127.0.0.1", "-U", PostgresTestDatabase.USER, "-Fc", "-f", dump.toString(), this.source);
        run("pg_restore", "-h", "127.0.0.1", "-U", PostgresTestDatabase.USER, "--no-owner", "-d", this.restored,
                dump.toString());

        JdbcTemplate restoredDb = new JdbcTemplate(new DriverManagerDataSource(
                PostgresTestDatabase.SERVER + this.restored, PostgresTestDatabase.USER, ""));
        assertThat(before).containsKeys("patent_filing", "compliance_assessment", "evidence", "cooperation_agreement",
                "user_account", "flyway_schema_history", "spring_session");
        assertThat(before.get("patent_filing")).isGreaterThan(300);
        assertThat(counts(restoredDb)).isEqualTo(before);
        assertThat(restoredDb.queryForObject("select count(*) from patent_filing where title = ?", Long.class,
                "Committed before the dump")).isOne();
    }

    private static ConfigurableApplicationContext boot(String database) {
        return new SpringApplicationBuilder(TrackerApplication.class).run(
                "--spring.datasource.url=" + PostgresTestDatabase.SERVER + database,
                "--spring.datasource.username=" + PostgresTestDatabase.USER, "--spring.datasource.password=",
                "--server.port=0", "--tracker.sample-data.enabled=true", "--tracker.sample-data.filings=300",
                "--spring.main.banner-mode=off");
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name", String.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return counts;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

}
