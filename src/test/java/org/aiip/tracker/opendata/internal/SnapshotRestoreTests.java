package org.aiip.tracker.opendata.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import org.aiip.tracker.TrackerApplication;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingEditService;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.DataRevision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The round trip of issue 17: a snapshot of an instance with rows in every public table downloads, its
 * checksums verify, and restored into a second, new instance (its own database, which holds what the
 * migrations put in) it gives the same public pages, compared by their visible text. Ids are restored
 * as they were, so the same addresses are compared; the pages show no instance-made value (the record's
 * timestamps travel with it). A damaged zip, and a restore into an instance that holds a record of its
 * own, are refused with a message and change nothing.
 */
@SpringBootTest(properties = { "tracker.open-data.nightly.enabled=false", "tracker.import.dir=target/restore-tests" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SnapshotRestoreTests {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>");

    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    @Autowired
    MockMvc mvc;

    @Autowired
    FilingEditService filings;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataRevision revision;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSnapshotRestoredIntoAnEmptyInstanceGivesTheSamePublicPages() throws Exception {
        TrackerUser admin = new TestAccounts(this.accounts, this.members).newAdmin();
        Map<String, Long> ids = recordInEveryPublicTable(admin);
        List<String> pages = pages(ids);

        this.mvc.perform(post("/data/snapshots").with(csrf()).with(TestAccounts.as(admin)))
            .andExpect(redirectedUrl("/data"));
        long id = this.jdbc.queryForObject("select max(id) from open_data_snapshot", Long.class);
        byte[] zip = this.mvc.perform(get("/data/snapshots/" + id)).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsByteArray();
        Map<String, byte[]> files = OpenDataSnapshotTests.unzip(zip);
        for (String line : new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).strip().split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(Zip.sha256(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        for (PublicTables.Table table : PublicTables.ALL) {
            assertThat(new String(files.get(table.file()), StandardCharsets.UTF_8)).as(table.name()).isNotEqualTo("[]");
        }
        assertThat(new String(files.get("restore/patent_filing.json"), StandardCharsets.UTF_8))
            .contains("Restore speech model").doesNotContain("Restore unpublished draft");
        assertThat(new String(files.get("restore/membership_event.json"), StandardCharsets.UTF_8))
            .doesNotContain(admin.username());

        // This instance holds a record of its own: the restore is refused and says why.
        assertThat(restore(this.mvc, admin, zip)).contains("already holds a record of its own");

        Map<String, String> here = new LinkedHashMap<>();
        for (String page : pages) {
            here.put(page, text(this.mvc, page));
        }
        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(TrackerApplication.class)
            .profiles("test")
            .properties("server.port=0", "tracker.open-data.nightly.enabled=false",
                    "tracker.import.dir=target/restore-tests-2")
            .run()) {
            MockMvc there = MockMvcBuilders.webAppContextSetup((WebApplicationContext) empty).apply(springSecurity())
                .build();
            JdbcTemplate thereJdbc = empty.getBean(JdbcTemplate.class);
            TrackerUser thereAdmin = new TestAccounts(empty.getBean(AccountService.class),
                    empty.getBean(MemberService.class)).newAdmin();
            assertThat(thereJdbc.queryForObject("select count(*) from patent_filing", Long.class)).isZero();
            long seededMembers = thereJdbc.queryForObject("select count(*) from member_company", Long.class);
            assertThat(seededMembers).as("the migrations' members").isPositive();

            // A zip changed after it was taken: refused, naming the file, and nothing is written.
            Map<String, byte[]> changed = new LinkedHashMap<>(files);
            changed.put("restore/patent_filing.json", new String(files.get("restore/patent_filing.json"),
                    StandardCharsets.UTF_8).replace("Restore speech model", "Restore speech modem").getBytes(StandardCharsets.UTF_8));
            assertThat(restore(there, thereAdmin, zip(changed)))
                .contains("Not restored: the checksum of restore/patent_filing.json does not match");
            assertThat(thereJdbc.queryForObject("select count(*) from patent_filing", Long.class)).isZero();
            assertThat(restore(there, thereAdmin, "not a zip".getBytes(StandardCharsets.UTF_8)))
                .contains("is not a snapshot zip");
            Map<String, byte[]> extra = new LinkedHashMap<>(files);
            extra.put("extra.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
            assertThat(restore(there, thereAdmin, zip(extra)))
                .contains("the zip holds extra.csv, which its SHA256SUMS does not list");
            // A snapshot of another schema version, its checksums made to match: refused, saying both versions.
            Map<String, byte[]> older = new LinkedHashMap<>(files);
            older.put("manifest.json", new String(files.get("manifest.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"schema_version\" : \"[^\"]*\"", "\"schema_version\" : \"1\"")
                .getBytes(StandardCharsets.UTF_8));
            assertThat(restore(there, thereAdmin, zip(withSums(older))))
                .contains("the snapshot was taken at database version 1, this instance is at version");
            assertThat(thereJdbc.queryForObject("select count(*) from patent_filing", Long.class)).isZero();

            assertThat(restore(there, thereAdmin, zip)).contains("Snapshot restored:");
            for (String page : pages) {
                assertThat(difference(here.get(page), text(there, page))).as(page).isEmpty();
            }
            // The restored filings are in the search index: the list finds one by a word of its title.
            assertThat(text(there, "/filings?q=speech")).contains("Restore speech model");
            // The members the migrations put in were replaced by the snapshot's, by id: none twice.
            assertThat(thereJdbc.queryForObject("select count(*) from member_company", Long.class))
                .isEqualTo(this.jdbc.queryForObject("select count(*) from member_company", Long.class));
            // New rows get new ids after a restore.
            long next = new SimpleJdbcInsert(thereJdbc).withTableName("litigation_case")
                .usingGeneratedKeyColumns("id")
                .executeAndReturnKey(Map.of("case_number", "After restore", "title", "After restore", "forum", "Court",
                        "forum_kind", "COURT", "filed_on", LocalDate.of(2023, 1, 1), "outcome", "PENDING",
                        "source_url", "https://example.org/after", "version", 0, "created_at", now(), "updated_at",
                        now()))
                .longValue();
            assertThat(next).isGreaterThan(ids.get("case"));
            // Restored once, the instance holds a record: a second restore is refused.
            assertThat(restore(there, thereAdmin, zip)).contains("already holds a record of its own");
        }
    }

    @Test
    void theRestoreCommandRestoresASnapshotFileAsANewInstanceStarts() throws Exception {
        TrackerUser admin = new TestAccounts(this.accounts, this.members).newAdmin();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        PatentFiling filing = this.filings.create(data("201910000018.4", "jd", "Restore command retail vision",
                "CN110000018A", LegalStatus.PUBLISHED, null));
        SecurityContextHolder.clearContext();
        this.mvc.perform(post("/data/snapshots").with(csrf()).with(TestAccounts.as(admin)))
            .andExpect(redirectedUrl("/data"));
        long id = this.jdbc.queryForObject("select max(id) from open_data_snapshot", Long.class);
        java.nio.file.Path file = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "restore-tests"))
            .resolve("command-" + System.nanoTime() + ".zip");
        java.nio.file.Files.write(file, this.mvc.perform(get("/data/snapshots/" + id)).andReturn().getResponse()
            .getContentAsByteArray());
        List<String> pages = List.of("/", "/members", "/members/jd", "/filings", "/filings/" + filing.getId());
        Map<String, String> here = new LinkedHashMap<>();
        for (String page : pages) {
            here.put(page, text(this.mvc, page));
        }
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(TrackerApplication.class)
            .profiles("test")
            .properties("server.port=0", "tracker.open-data.nightly.enabled=false",
                    "tracker.import.dir=target/restore-tests-3", "tracker.restore.snapshot=" + file,
                    "tracker.restore.exit=false")
            .run()) {
            MockMvc there = MockMvcBuilders.webAppContextSetup((WebApplicationContext) restored)
                .apply(springSecurity())
                .build();
            for (String page : pages) {
                assertThat(difference(here.get(page), text(there, page))).as(page).isEmpty();
            }
        }
    }

    /** Uploads the zip to /data/restore as the admin; the /data page it is sent back to. */
    private static String restore(MockMvc mvc, TrackerUser admin, byte[] zip) throws Exception {
        var flash = mvc.perform(multipart("/data/restore")
            .file(new MockMultipartFile("file", "snapshot.zip", "application/zip", zip))
            .with(csrf())
            .with(TestAccounts.as(admin))).andExpect(redirectedUrl("/data")).andReturn().getFlashMap();
        var page = get("/data").with(TestAccounts.as(admin));
        flash.forEach(page::flashAttr);
        return HtmlUtils.htmlUnescape(mvc.perform(page).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
    }

    /** A page's visible text: without scripts, styles and tags, white space collapsed. */
    private static String text(MockMvc mvc, String path) throws Exception {
        String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String text = TAG.matcher(SCRIPT.matcher(html).replaceAll(" ")).replaceAll(" ");
        return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ").strip();
    }

    /** Where two texts first differ, with some text around it on both sides; empty when they are the same. */
    private static String difference(String expected, String actual) {
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        if (at == expected.length() && at == actual.length()) {
            return "";
        }
        int from = Math.max(0, at - 120);
        return "source: …" + expected.substring(from, Math.min(expected.length(), at + 120)) + "…\nrestored: …"
                + actual.substring(from, Math.min(actual.length(), at + 120)) + "…";
    }

    /** The files with SHA256SUMS written anew for them. */
    private static Map<String, byte[]> withSums(Map<String, byte[]> files) {
        StringBuilder sums = new StringBuilder();
        files.forEach((name, content) -> {
            if (!name.equals("SHA256SUMS")) {
                sums.append(Zip.sha256(content)).append("  ").append(name).append('\n');
            }
        });
        Map<String, byte[]> resummed = new LinkedHashMap<>(files);
        resummed.put("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
        return resummed;
    }

    private static byte[] zip(Map<String, byte[]> files) throws java.io.IOException {
        try (Zip zip = new Zip()) {
            files.forEach(zip::add);
            java.nio.file.Path file = zip.finish();
            try {
                return java.nio.file.Files.readAllBytes(file);
            }
            finally {
                java.nio.file.Files.delete(file);
            }
        }
    }

    /** The public pages to compare: the lists, and the page of each record made here. */
    private static List<String> pages(Map<String, Long> ids) {
        List<String> pages = new ArrayList<>(List.of("/", "/members", "/members/baidu", "/members/haier", "/members/jd",
                "/clauses", "/clauses/3", "/clauses/3/versions", "/filings", "/agreements", "/licences", "/litigation",
                "/transfers", "/standards", "/sources", "/licences.csv", "/litigation.csv", "/transfers.csv",
                "/standards.csv", "/filings/export.csv", "/?asOf=" + LocalDate.now(java.time.ZoneOffset.UTC),
                "/members?asOf=2020-05-01", "/members/baidu?asOf=" + LocalDate.now(java.time.ZoneOffset.UTC)));
        pages.addAll(List.of("/filings/" + ids.get("filing"), "/filings/" + ids.get("granted"),
                "/licences/" + ids.get("licence"), "/litigation/" + ids.get("case"), "/transfers/" + ids.get("transfer"),
                "/standards/" + ids.get("declaration"), "/agreements/" + ids.get("agreement")));
        return pages;
    }

    /**
     * Rows in every public table, beside those of the migrations: filings through the service (one not
     * published), the registries and assessments written directly, as their own tests do.
     */
    private Map<String, Long> recordInEveryPublicTable(TrackerUser admin) {
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        PatentFiling filing = this.filings.create(data("201910000014.6", "baidu", "Restore speech model",
                "CN110000014A", LegalStatus.PUBLISHED, "RESTOREFAM1"));
        PatentFiling granted = this.filings.create(data("201910000015.0", "haier", "Restore fridge vision",
                "CN110000015A", LegalStatus.PUBLISHED, null));
        this.filings.create(data("201910000016.5", "baidu", "Restore unpublished draft", null, LegalStatus.FILED,
                null));
        SecurityContextHolder.clearContext();
        long baidu = this.members.bySlug("baidu").orElseThrow().getId();
        long haier = this.members.bySlug("haier").orElseThrow().getId();
        long clause3 = this.jdbc.queryForObject("select id from clause where number = 3", Long.class);
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("filing", filing.getId());
        ids.put("granted", granted.getId());
        this.jdbc.update("update member_company set description = ? where id = ?", "Restore test description", baidu);
        this.jdbc.update("insert into filing_family_ref (filing_id, ref) values (?, 'EP1234567')", filing.getId());
        this.jdbc.update("insert into filing_party (filing_id, role, position, name, member_id) select id, 'OWNER',"
                + " (select count(*) from filing_party where filing_id = ?), 'Restore Owner Ltd', null"
                + " from patent_filing where id = ?", filing.getId(), filing.getId());
        this.jdbc.update("insert into filing_co_applicant (filing_id, member_id) values (?, ?)", filing.getId(), haier);
        insert("member_alias", Map.of("member_id", baidu, "name", "BAIDU RESTORE TEST CO LTD", "match_key",
                "BAIDU RESTORE TEST CO LTD", "kind", "LEGAL_ENTITY", "status", "APPROVED", "created_at", now(),
                "version", 0));
        insert("membership_event", Map.of("member_id", haier, "kind", "JOINED", "event_date", LocalDate.of(2020, 4, 20),
                "source_title", "Restore test source", "source_url", "https://example.org/restore", "entered_by",
                admin.username(), "entered_at", now()));
        insert("stated_member_count", Map.of("stated_on", LocalDate.of(2021, 1, 1), "stated_total", "Restore test total",
                "source_title", "Restore test source", "source_url", "https://example.org/restore"));
        long assessment = insert("compliance_assessment", Map.of("member_id", baidu, "clause_id", clause3, "status",
                "PLANNED", "summary", "Restore test plan", "reviewed_on", LocalDate.of(2021, 2, 1), "sample", false,
                "version", 0, "updated_at", now()));
        insert("evidence", Map.of("assessment_id", assessment, "evidence_date", LocalDate.of(2021, 2, 1), "kind",
                "POLICY", "description", "Restore test evidence", "link", "https://example.org/evidence", "sample",
                false));
        ids.put("agreement", this.jdbc.queryForObject("select min(id) from cooperation_agreement", Long.class));
        this.jdbc.update("insert into agreement_clause (agreement_id, clause_id) values (?, ?)", ids.get("agreement"),
                clause3);
        long licence = this.jdbc.queryForObject("select min(id) from licence_offer", Long.class);
        ids.put("licence", licence);
        this.jdbc.update("insert into licence_offer_filing (offer_id, filing_id) values (?, ?)", licence, filing.getId());
        this.jdbc.update("insert into licence_offer_family (offer_id, family_key) values (?, 'RESTOREFAM1')", licence);
        insert("licence_snapshot", Map.of("offer_id", licence, "taken_at", now(), "taken_by", "restore-test",
                "media_type", "text/plain", "size_bytes", 4L, "sha256",
                "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589", "content",
                "abcd".getBytes(StandardCharsets.UTF_8)));
        long lawsuit = insert("litigation_case", Map.of("case_number", "Restore 1", "title", "Restore test case", "forum",
                "Restore court", "forum_kind", "COURT", "filed_on", LocalDate.of(2021, 3, 1), "outcome", "PENDING",
                "source_url", "https://example.org/restore", "version", 0, "created_at", now(), "updated_at", now()));
        ids.put("case", lawsuit);
        this.jdbc.update("insert into litigation_case_party (case_id, position, side, member_id, assertion_entity)"
                + " values (?, 0, 'RESPONDENT', ?, false)", lawsuit, baidu);
        this.jdbc.update("insert into litigation_case_party (case_id, position, side, name, assertion_entity)"
                + " values (?, 1, 'CLAIMANT', 'Restore Claimant LLC', true)", lawsuit);
        this.jdbc.update("insert into litigation_case_patent (case_id, position, number, filing_id) values (?, 0, ?, ?)",
                lawsuit, "CN110000014A", filing.getId());
        ids.put("transfer", insert("patent_transfer", Map.of("filing_id", granted.getId(), "from_member_id", haier,
                "assignee", "Restore Outside Ltd", "assertion_entity", false, "transferred_on", LocalDate.of(2022, 5, 10),
                "source_url", "https://example.org/restore", "version", 0, "created_at", now(), "updated_at", now())));
        long declaration = insert("standards_declaration", Map.of("member_id", baidu, "standards_body", "ITU-T",
                "standard", "Restore test standard", "declared_on", LocalDate.of(2021, 6, 1), "commitment", "FRAND",
                "source_url", "https://example.org/restore", "version", 0, "created_at", now(), "updated_at", now()));
        ids.put("declaration", declaration);
        this.jdbc.update("insert into standards_declaration_filing (declaration_id, filing_id) values (?, ?)",
                declaration, filing.getId());
        this.jdbc.update("insert into standards_declaration_family (declaration_id, family_key) values (?, 'RESTOREFAM1')",
                declaration);
        // Written past the services: the cached pages must not outlive them.
        this.revision.changed();
        return ids;
    }

    private long insert(String table, Map<String, Object> columns) {
        return new SimpleJdbcInsert(this.jdbc).withTableName(table)
            .usingColumns(columns.keySet().toArray(String[]::new))
            .usingGeneratedKeyColumns("id")
            .executeAndReturnKey(columns)
            .longValue();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private FilingData data(String number, String slug, String title, String publication, LegalStatus status,
            String family) {
        return new FilingData(PatentOffice.CN, number, this.members.bySlug(slug).orElseThrow().getId(), title, null,
                LocalDate.of(2019, 3, 1), null, publication, publication == null ? null : LocalDate.of(2019, 9, 1), null,
                null, status, "DEEP_LEARNING", "G06N 3/08", false, null, family);
    }

}
