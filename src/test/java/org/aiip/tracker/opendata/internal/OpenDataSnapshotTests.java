package org.aiip.tracker.opendata.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.aiip.tracker.TrackerApplication;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.FilingColumns;
import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingEditService;
import org.aiip.tracker.filing.FilingSearch;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A snapshot is taken by an admin, listed on /data, downloaded by anyone, and its checksums verify; its
 * filings, imported into a second, empty instance through the ordinary import, give that instance the
 * same public filings. The zip is kept in parts and sent part after part.
 */
// Parts of 4 KiB: the zip is stored and sent in many parts, which must come back as the one zip.
@SpringBootTest(properties = { "tracker.import.dir=target/open-data-import", "tracker.open-data.part-bytes=4096" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenDataSnapshotTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FilingEditService filings;

    @Autowired
    FilingService filingService;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    NightlySnapshot nightly;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSnapshotDownloadsItsChecksumsVerifyAndItsFilingsReimportIntoAnEmptyInstance() throws Exception {
        TrackerUser admin = new TestAccounts(this.accounts, this.members).newAdmin();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        String suffix = String.valueOf(System.nanoTime() % 100000);
        this.filings.create(data("201910000004.2", "baidu", "Snapshot speech model " + suffix, "CN110000004A"));
        this.filings.create(data("201910000005.7", "haier", "Snapshot fridge vision " + suffix, "CN110000005A"));
        SecurityContextHolder.clearContext();

        this.mvc.perform(post("/data/snapshots").with(csrf())).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/login"));
        this.mvc.perform(post("/data/snapshots").with(csrf()).with(TestAccounts.as(admin)))
            .andExpect(redirectedUrl("/data"));
        long id = this.jdbc.queryForObject("select max(id) from open_data_snapshot", Long.class);
        String sha = this.jdbc.queryForObject("select sha256 from open_data_snapshot where id = ?", String.class, id);
        String page = this.mvc.perform(get("/data")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("/data/snapshots/" + id, sha, LocalDate.now(java.time.ZoneOffset.UTC).toString());

        byte[] zip = this.mvc.perform(get("/data/snapshots/" + id)).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsByteArray();
        assertThat(Zip.sha256(zip)).isEqualTo(sha);
        long size = this.jdbc.queryForObject("select size_bytes from open_data_snapshot where id = ?", Long.class, id);
        assertThat(zip).hasSize((int) size);
        assertThat(this.jdbc.queryForObject("select count(*) from open_data_snapshot_part where snapshot_id = ?",
                Long.class, id)).isEqualTo((size + 4095) / 4096).isGreaterThan(1);
        Map<String, byte[]> files = unzip(zip);
        assertThat(files).containsKeys("manifest.json", "SHA256SUMS", "filings.csv", "filings.json", "members.csv",
                "membership.csv", "clause_texts.csv", "assessments.json", "changes.csv");
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        for (String line : sums.strip().split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(Zip.sha256(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(sums.strip().split("\n")).hasSize(files.size() - 1);
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"snapshot_date\"", Zip.sha256(files.get("filings.csv")));
        String filingsCsv = new String(files.get("filings.csv"), StandardCharsets.UTF_8);
        assertThat(filingsCsv).contains("Snapshot speech model " + suffix, "Snapshot fridge vision " + suffix);
        assertThat(new String(files.get("membership.csv"), StandardCharsets.UTF_8))
            .contains("https://zdnet.co.kr/view/?no=20200421094855");
        assertThat(new String(files.get("changes.csv"), StandardCharsets.UTF_8))
            .contains("Snapshot fridge vision " + suffix);

        List<List<String>> here = publicFilings(this.filingService);
        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(TrackerApplication.class)
            .profiles("test")
            .properties("server.port=0", "tracker.open-data.nightly.enabled=false",
                    "tracker.import.dir=target/open-data-import-2")
            .run()) {
            FilingService there = empty.getBean(FilingService.class);
            assertThat(publicFilings(there)).isEmpty();
            reimport(empty, files.get("filings.csv"));
            assertThat(publicFilings(there)).containsExactlyInAnyOrderElementsOf(here);
        }
    }

    @Test
    void onlyOneInstanceTakesTheNightlySnapshot() {
        this.jdbc.update("update open_data_lock set locked_until = ? where id = 1",
                java.sql.Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")));
        long before = this.jdbc.queryForObject("select count(*) from open_data_snapshot", Long.class);
        assertThat(this.nightly.run("instance-a")).isTrue();
        assertThat(this.nightly.run("instance-b")).isFalse();
        assertThat(this.jdbc.queryForObject("select count(*) from open_data_snapshot", Long.class)).isEqualTo(before + 1);
        assertThat(this.jdbc.queryForObject("select trigger_kind from open_data_snapshot order by id desc limit 1",
                String.class)).isEqualTo("NIGHTLY");
    }

    /** The public filings as the export writes them, without the columns only this instance can know. */
    static List<List<String>> publicFilings(FilingService service) {
        List<List<String>> rows = new ArrayList<>();
        service.export(FilingSearch.all(), FilingVisibility.PUBLIC, row -> rows.add(FilingColumns.values(row)));
        return rows;
    }

    static void reimport(ConfigurableApplicationContext context, byte[] csv) throws Exception {
        MockMvc other = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
        TrackerUser admin = new TestAccounts(context.getBean(AccountService.class), context.getBean(MemberService.class))
            .newAdmin();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String location = other.perform(multipart("/admin/import")
            .file(new MockMultipartFile("file", "filings.csv", "text/csv", csv))
            .with(csrf())
            .with(TestAccounts.as(admin))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
            .getRedirectedUrl();
        String job = location.substring("/admin/import/".length());
        awaitState(jdbc, job, "READY");
        other.perform(post("/admin/import/" + job + "/confirm").with(csrf()).with(TestAccounts.as(admin))
            .param("mode", "ALL_OR_NOTHING").param("onMatch", "SKIP")).andExpect(status().is3xxRedirection());
        awaitState(jdbc, job, "DONE");
    }

    static void awaitState(JdbcTemplate jdbc, String job, String state) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
            .until(() -> jdbc.queryForObject("select state from import_job where public_id = ?", String.class, job),
                    state::equals);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    FilingData data(String number, String slug, String title, String publication) {
        return new FilingData(PatentOffice.CN, number, this.members.bySlug(slug).orElseThrow().getId(), title, null,
                LocalDate.of(2019, 3, 1), null, publication, LocalDate.of(2019, 9, 1), null, null, LegalStatus.PUBLISHED,
                "DEEP_LEARNING", "G06N 3/08", false, null, null);
    }

}
