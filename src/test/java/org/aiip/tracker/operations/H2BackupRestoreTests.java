package org.aiip.tracker.operations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The embedded database's backup as an admin downloads it, restored the way docs/operations.md
 * says (unzip the file into a fresh data directory, start on it), holds every row of every table.
 * On an H2 file database of its own with the sample data; H2-specific, so not in the PostgreSQL run
 * (PostgresBackupRestoreTests does pg_dump and pg_restore).
 */
@SpringBootTest(properties = "tracker.sample-data.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2BackupRestoreTests {

    /** Under target/, not a JUnit temp directory: the cached context keeps the database open after the class. */
    static final Path dataDir = Path.of("target", "h2-backup-test", java.util.UUID.randomUUID().toString());

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url(dataDir.resolve("tracker")));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Test
    void downloadedBackupRestoresIntoAFreshDatabaseWithEveryRecord(@TempDir Path restoreDir) throws Exception {
        TestAccounts testAccounts = new TestAccounts(this.accounts, this.members);
        this.transaction.executeWithoutResult(status -> new Fixtures(this.em).publishedFiling("haier",
                "Committed before the backup", LocalDate.of(2020, 6, 1)));
        var admin = testAccounts.admin();
        this.mvc.perform(get("/admin/backup").with(admin))
            .andExpect(content().string(containsString("Download a backup")));

        Map<String, Long> before = counts(this.jdbc);
        MvcResult download = this.mvc.perform(post("/admin/backup").with(csrf()).with(admin))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/zip"))
            .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"tracker-backup-")))
            .andReturn();

        unzip(download.getResponse().getContentAsByteArray(), restoreDir);
        assertThat(restoreDir.resolve("tracker.mv.db")).exists();
        try (Connection restored = DriverManager.getConnection(url(restoreDir.resolve("tracker")), "sa", "")) {
            assertThat(before).containsKeys("patent_filing", "compliance_assessment", "evidence",
                    "cooperation_agreement", "user_account", "flyway_schema_history");
            assertThat(before.get("patent_filing")).isGreaterThan(300);
            for (Map.Entry<String, Long> table : before.entrySet()) {
                assertThat(count(restored, table.getKey())).as(table.getKey()).isEqualTo(table.getValue());
            }
            assertThat(title(restored)).isEqualTo("Committed before the backup");
        }
    }

    private static String url(Path database) {
        return "jdbc:h2:file:" + database.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name", String.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return counts;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String title(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement
            .executeQuery("select title from patent_filing where title = 'Committed before the backup'")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static void unzip(byte[] zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).isTrue();
                Files.copy(in, target);
            }
        }
    }

}
