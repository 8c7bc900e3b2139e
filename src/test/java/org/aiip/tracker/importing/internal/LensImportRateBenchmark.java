package org.aiip.tracker.importing.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.CompanyName;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.sample.SampleFiling;
import org.aiip.tracker.sample.SampleFilingGenerator;

/**
 * Not part of the build: measures the import of a Lens export of synthetic filings (the sample
 * generator's, written as The Lens writes its columns, applicants named as registers name the members)
 * on an H2 file database: checking, writing, and a second import of the same file that matches every
 * row. As a reference on the same rows, H2's own CSVREAD loads the file into a table. Run with
 * {@code ./mvnw test -Dtest=LensImportRateBenchmark -Dbench.import=true -DskipPostgresTests [-Dbench.rows=100000]}.
 */
@SpringBootTest(properties = { "tracker.import.dir=target/bench/imports", "tracker.import.wait-millis=0",
        "spring.servlet.multipart.max-file-size=500MB",
        "spring.datasource.url=jdbc:h2:file:./target/bench/lens-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.import", matches = "true")
class LensImportRateBenchmark {

    static final List<String> HEADER = List.of("#", "Jurisdiction", "Kind", "Display Key", "Lens ID",
            "Publication Date", "Publication Year", "Application Number", "Application Date", "Priority Numbers",
            "Earliest Priority Date", "Title", "Abstract", "Applicants", "Inventors", "Owners", "URL",
            "Simple Family Members", "IPCR Classifications", "Legal Status");

    // How registers name the members: the names are aliases the benchmark adds first.
    static final Map<String, String> NAMES = Map.of("baidu", "BEIJING BAIDU NETCOM SCIENCE & TECHNOLOGY CO LTD",
            "jd", "BEIJING JINGDONG SHANGKE INFORMATION TECHNOLOGY CO LTD", "haier", "HAIER SMART HOME CO LTD");

    @Autowired
    ImportService imports;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        NAMES.forEach((slug, name) -> this.jdbc.update("""
                insert into member_alias (member_id, name, match_key, kind, status, created_at, version)
                select id, ?, ?, 'LEGAL_ENTITY', 'APPROVED', current_timestamp, 0 from member_company where slug = ?""",
                name, CompanyName.key(name), slug));
        TrackerUser admin = new TestAccounts(this.accountService, this.members).newAdmin();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        Path file = Path.of("target/bench/lens-" + rows + ".csv").toAbsolutePath();
        long start = System.nanoTime();
        write(file, rows);
        System.out.printf("BENCH write Lens CSV          %d rows, %d MB in %d ms%n", rows, Files.size(file) >> 20,
                (System.nanoTime() - start) / 1_000_000);

        long reference = System.nanoTime();
        this.jdbc.execute("create table bench_csvread as select * from csvread('" + file + "', null, 'charset=UTF-8')");
        long referenceMillis = (System.nanoTime() - reference) / 1_000_000;
        long loaded = this.jdbc.queryForObject("select count(*) from bench_csvread", Long.class);
        System.out.printf("BENCH H2 CSVREAD (reference)  %d rows in %d ms = %d rows/s%n", loaded, referenceMillis,
                loaded * 1000 / Math.max(1, referenceMillis));
        this.jdbc.execute("drop table bench_csvread");

        ImportJob first = run(file, MatchChoice.UPDATE);
        System.out.printf("BENCH first import: %d created, %d joined, %d waiting, %d errors%n", first.getCreatedCount(),
                first.getJoinRows(), first.getWaitingRows(), first.getErrorRows());
        ImportJob again = run(file, MatchChoice.UPDATE);
        System.out.printf("BENCH second import: %d matched, %d updated%n", again.getMatchRows(), again.getUpdatedCount());
    }

    private ImportJob run(Path file, MatchChoice onMatch) throws Exception {
        MockMultipartFile upload = new MockMultipartFile("file", file.getFileName().toString(), "text/csv",
                Files.readAllBytes(file));
        ImportService.Started started = this.imports.upload(upload, java.util.Locale.ENGLISH);
        started.work().get();
        ImportJob checked = this.jobs.findByPublicId(started.job().getPublicId()).orElseThrow();
        phase("check", checked);
        this.imports.confirm(checked.getPublicId(), ImportMode.VALID_ONLY, onMatch).get();
        ImportJob done = this.jobs.findByPublicId(checked.getPublicId()).orElseThrow();
        phase("write (" + onMatch + ")", done);
        return done;
    }

    private static void phase(String name, ImportJob job) {
        long millis = Duration.between(job.getStartedAt(), job.getFinishedAt()).toMillis();
        System.out.printf("BENCH %-22s state=%s rows=%d in %d ms = %d rows/s; heap used %d MB%n", name, job.getState(),
                job.getTotalRows(), millis, job.getTotalRows() * 1000L / Math.max(1, millis),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static void write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            int[] n = { 0 };
            new SampleFilingGenerator(SampleFilingGenerator.DEFAULT_SEED).generate(rows, f -> print(printer, f, ++n[0]));
        }
    }

    // One row per filing: its latest document (the grant once granted), in The Lens's own spellings.
    private static void print(CSVPrinter printer, SampleFiling f, int n) {
        String office = f.number().office().name();
        boolean granted = f.grantNumber() != null;
        String document = granted ? f.grantNumber() : f.publicationNumber();
        if (document == null) {
            return; // The Lens lists published documents only
        }
        Map<String, String> row = new LinkedHashMap<>();
        HEADER.forEach(h -> row.put(h, ""));
        row.put("#", String.valueOf(n));
        row.put("Jurisdiction", office);
        row.put("Display Key", document);
        row.put("Publication Date", granted ? String.valueOf(f.grantDate())
                : f.publicationDate() == null ? "" : f.publicationDate().toString());
        row.put("Application Number", office + " " + f.number().normalised());
        row.put("Application Date", f.filingDate().toString());
        row.put("Earliest Priority Date", f.priorityDate() == null ? "" : f.priorityDate().toString());
        row.put("Title", f.title());
        row.put("Abstract", f.abstractText() == null ? "" : f.abstractText());
        row.put("Applicants", NAMES.get(f.applicantSlug()));
        row.put("IPCR Classifications", String.join(";;", f.ipcSymbols()));
        row.put("Legal Status", granted ? "ACTIVE" : "PENDING");
        try {
            printer.printRecord(row.values());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

}
