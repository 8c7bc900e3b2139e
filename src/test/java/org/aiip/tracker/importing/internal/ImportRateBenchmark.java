package org.aiip.tracker.importing.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.FilingColumns;
import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.FilingExportRow;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.sample.SampleFiling;
import org.aiip.tracker.sample.SampleFilingGenerator;

/**
 * Not part of the build: measures the import on a file of synthetic filings written as the export
 * writes them, on an H2 file database. Run with
 * {@code ./mvnw test -Dtest=ImportRateBenchmark -Dbench.import=true [-Dbench.rows=100000] [-Dbench.once=true]}
 * (once: only the first import, without the second that matches and updates every row).
 */
@SpringBootTest(properties = { "tracker.import.dir=target/bench/imports", "tracker.import.wait-millis=0",
        "spring.datasource.url=jdbc:h2:file:./target/bench/db-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.import", matches = "true")
class ImportRateBenchmark {

    @Autowired
    ImportService imports;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    @Test
    void measure() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        TrackerUser admin = new TestAccounts(this.accountService, this.members).newAdmin();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        Path file = Path.of("target/bench/filings-" + rows + ".csv");
        long start = System.nanoTime();
        write(file, rows);
        report("generate + write CSV", rows, start, Files.size(file));

        ImportJob created = run(file, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP);
        System.out.printf("BENCH first import: %d created%n", created.getCreatedCount());
        if (Boolean.getBoolean("bench.once")) {
            return;
        }
        ImportJob updated = run(file, ImportMode.ALL_OR_NOTHING, MatchChoice.UPDATE);
        System.out.printf("BENCH second import: %d matched, %d updated%n", updated.getMatchRows(),
                updated.getUpdatedCount());
    }

    private ImportJob run(Path file, ImportMode mode, MatchChoice onMatch) throws Exception {
        MockMultipartFile upload = new MockMultipartFile("file", file.getFileName().toString(), "text/csv",
                Files.readAllBytes(file));
        ImportService.Started started = this.imports.upload(upload, java.util.Locale.ENGLISH);
        started.work().get();
        ImportJob checked = this.jobs.findByPublicId(started.job().getPublicId()).orElseThrow();
        phase("validate", checked);
        this.imports.confirm(checked.getPublicId(), mode, onMatch).get();
        ImportJob done = this.jobs.findByPublicId(checked.getPublicId()).orElseThrow();
        phase("write (" + onMatch + ")", done);
        return done;
    }

    private static void phase(String name, ImportJob job) {
        long millis = Duration.between(job.getStartedAt(), job.getFinishedAt()).toMillis();
        System.out.printf("BENCH %-20s state=%s rows=%d errors=%d in %d ms = %d rows/s; heap used %d MB%n", name,
                job.getState(), job.getTotalRows(), job.getErrorRows(), millis,
                job.getTotalRows() * 1000L / Math.max(1, millis),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static void report(String name, int rows, long startNanos, long bytes) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        System.out.printf("BENCH %-20s %d rows, %d MB in %d ms%n", name, rows, bytes >> 20, millis);
    }

    private static void write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(FilingColumns.NAMES);
            new SampleFilingGenerator(SampleFilingGenerator.DEFAULT_SEED).generate(rows, f -> print(printer, f));
        }
    }

    private static void print(CSVPrinter printer, SampleFiling f) {
        FilingExportRow row = new FilingExportRow(null, f.number().office(), f.number().normalised(), f.applicantSlug(),
                f.title(), f.abstractText(), f.filingDate(), FilingDateSource.FILED, f.priorityDate(),
                f.publicationNumber(), f.publicationDate(), f.grantNumber(), f.grantDate(), f.legalStatus(), f.areaCode(),
                String.join("; ", f.ipcSymbols()), f.openLicence(), f.licenceTerms(), f.familyKey());
        try {
            printer.printRecord(FilingColumns.values(row));
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

}
