package org.aiip.tracker.importing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.aiip.tracker.filing.FilingBulkWriter;
import org.aiip.tracker.filing.FilingCounts;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.system.FieldChange;

/**
 * Runs the checking and the writing of imports on a small pool of worker threads, as the person
 * who started them (for the audit trail). The writing of a whole file is one transaction: a
 * failure, a stop or a crash at any row leaves the filings as they were.
 * <p>
 * With several instances, each refreshes the heartbeat of the jobs it runs every
 * {@code tracker.import.heartbeat-interval}, and every instance marks running jobs whose heartbeat
 * is older than {@code tracker.import.stale-after} as interrupted, at start and at each beat: the
 * job of a killed instance can then run again, while another live instance's job is left alone.
 */
@Component
class ImportRunner implements DisposableBean {

    static final String AUDIT_TYPE = "import";

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    // An import that created this many filings refreshes the database's planner statistics afterwards.
    private static final int ANALYSE_AFTER = 10_000;

    // Progress is written at most this often, each time in a short transaction of its own.
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final ImportJobStore store;

    private final ImportScanner scanner;

    private final ImportWriter writer;

    private final ExportRowWriter exportWriter;

    private final WaitingRows waitingRows;

    private final NameQueue nameQueue;

    private final ImportFiles files;

    private final ApplicationEventPublisher events;

    private final FilingCounts counts;

    private final FilingIndexer indexer;

    private final FilingBulkWriter bulkWriter;

    private final TransactionTemplate transaction;

    private final MessageSource messages;

    private final ExecutorService workers;

    private final ScheduledExecutorService heartbeat;

    private final Duration heartbeatInterval;

    private final Duration staleAfter;

    // Set on shutdown: a running job stops at its next chunk (interrupting a thread in the middle
    // of database file I/O could harm an embedded database) and rolls back.
    private volatile boolean stopping;

    ImportRunner(ImportJobStore store, ImportScanner scanner, ImportWriter writer, ExportRowWriter exportWriter,
            WaitingRows waitingRows, NameQueue nameQueue, ImportFiles files,
            ApplicationEventPublisher events, FilingCounts counts, FilingIndexer indexer, FilingBulkWriter bulkWriter,
            PlatformTransactionManager transactions,
            MessageSource messages, @Value("${tracker.import.threads:2}") int threads,
            @Value("${tracker.import.heartbeat-interval:PT15S}") Duration heartbeatInterval,
            @Value("${tracker.import.stale-after:PT2M}") Duration staleAfter) {
        if (staleAfter.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("tracker.import.stale-after (" + staleAfter
                    + ") must be at least twice tracker.import.heartbeat-interval (" + heartbeatInterval + ")");
        }
        this.heartbeatInterval = heartbeatInterval;
        this.staleAfter = staleAfter;
        this.counts = counts;
        this.indexer = indexer;
        this.bulkWriter = bulkWriter;
        this.store = store;
        this.scanner = scanner;
        this.writer = writer;
        this.exportWriter = exportWriter;
        this.waitingRows = waitingRows;
        this.nameQueue = nameQueue;
        this.files = files;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.messages = messages;
        AtomicInteger serial = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "import-" + serial.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "import-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** At start: marks stale jobs interrupted, then beats and looks for stale jobs periodically. */
    @EventListener(ApplicationReadyEvent.class)
    void startHeartbeat() {
        log.info("Import jobs of this instance run as {}", this.store.instance());
        markInterrupted();
        long millis = this.heartbeatInterval.toMillis();
        this.heartbeat.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Jobs whose instance stopped beating (it was stopped, even by kill -9, or lost) are marked
     * interrupted; running jobs of live instances, this one included, are left alone.
     */
    void markInterrupted() {
        int interrupted = this.store.markStale(this.staleAfter);
        if (interrupted > 0) {
            log.warn("Marked {} import job(s) as interrupted: the instance running them stopped (no heartbeat "
                    + "for {}); nothing of them was written", interrupted, this.staleAfter);
        }
    }

    private void beat() {
        try {
            this.store.beat();
            markInterrupted();
        }
        catch (RuntimeException ex) {
            // The database may be away for a moment; the next beat tries again.
            log.warn("Import heartbeat failed: {}", ex.toString());
        }
    }

    /** Checks the job's file in the background. */
    Future<?> validate(ImportJob job) {
        return submit(() -> runValidation(job.getId()));
    }

    /** Writes the confirmed job's file in the background. */
    Future<?> write(ImportJob job) {
        return submit(() -> runWrite(job.getId()));
    }

    /**
     * On shutdown: running jobs stop at their next chunk and roll back (marked interrupted, to run
     * again); whatever still runs after 30 s is marked interrupted too, as it ends with the process.
     */
    @Override
    public void destroy() throws InterruptedException {
        this.stopping = true;
        this.workers.shutdown();
        if (!this.workers.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Import workers did not stop in time");
        }
        this.heartbeat.shutdownNow();
        int left = this.store.interruptOwn();
        if (left > 0) {
            log.warn("Marked {} import job(s) of this instance as interrupted at shutdown", left);
        }
    }

    /** Whether the application is stopping: running jobs stop at their next chunk. */
    boolean isStopping() {
        return this.stopping;
    }

    private Future<?> submit(Runnable task) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return this.workers.submit(new DelegatingSecurityContextRunnable(task, context));
    }

    void runValidation(Long id) {
        ImportJob job = this.store.byId(id).orElseThrow();
        Path file = Path.of(job.getFilePath());
        ScanReport report = new ScanReport(this.files.report(job), this.messages, job.locale());
        long started = System.nanoTime();
        try {
            requireFile(id, file);
            int estimate = ImportFiles.estimateRows(file);
            this.store.start(id, ImportState.VALIDATING, estimate);
            ScanCounts counts;
            try {
                counts = this.scanner.scan(file, job.getOwnerMemberId(), java.util.Set.of(),
                        both(report, both(progress(id, estimate), queueNames())));
            }
            finally {
                report.close();
            }
            this.files.savePreview(job, report.preview());
            this.store.validated(id, counts, pathOrNull(report.reportFile()));
            logPhase(id, "checked", counts.total(), started);
        }
        catch (ImportRejectedException ex) {
            this.store.end(id, ImportState.REJECTED, ex.code(), ex.arguments());
            this.files.deleteAll(job);
        }
        catch (ImportInterruptedException ex) {
            this.store.end(id, ImportState.INTERRUPTED, "importing.interrupted.stopped", List.of());
        }
        catch (Exception ex) {
            log.error("Import job {} could not be checked", id, ex);
            this.store.end(id, ImportState.FAILED, "importing.failed.unexpected", List.of());
        }
    }

    void runWrite(Long id) {
        ImportJob job = this.store.byId(id).orElseThrow();
        Path file = Path.of(job.getFilePath());
        ScanReport report = new ScanReport(this.files.report(job), this.messages, job.locale());
        Writing writing = new Writing(job, report, progress(id, job.getTotalRows()), this.files.readChoices(job));
        long started = System.nanoTime();
        try {
            requireFile(id, file);
            this.store.start(id, ImportState.WRITING, job.getTotalRows());
            ScanCounts counts;
            try {
                counts = this.transaction.execute(status -> {
                    // The written filings reach lists and searches in the background once this commits: the job
                    // is done when its write is, and its page tells how far the index has got.
                    this.indexer.indexInBackgroundAfterCommit(new IndexProgress(id));
                    ScanCounts scanned = scan(file, job, writing);
                    if (writing.written.created() + writing.written.updated() > 0) {
                        this.counts.rebuild(); // the per-key filing counts, in the same transaction
                    }
                    recordAudit(job, writing.written);
                    return scanned;
                });
            }
            finally {
                report.close();
            }
            this.store.done(id, counts, writing.written, pathOrNull(report.reportFile()));
            if (writing.written.created() >= ANALYSE_AFTER) {
                this.bulkWriter.analyse();
            }
            logPhase(id, "written (" + summary(writing.written) + ")", counts.total(), started);
            this.files.deleteUpload(job);
        }
        catch (ImportRejectedException ex) {
            this.store.end(id, ImportState.FAILED, ex.code(), ex.arguments());
        }
        catch (ImportInterruptedException ex) {
            this.store.end(id, ImportState.INTERRUPTED, "importing.interrupted.stopped", List.of());
        }
        catch (DataAccessException ex) {
            log.warn("Import job {} failed in the database; nothing was written", id, ex);
            this.store.end(id, ImportState.FAILED, "importing.failed.database", List.of());
        }
        catch (Exception ex) {
            log.error("Import job {} failed; nothing was written", id, ex);
            this.store.end(id, ImportState.FAILED, "importing.failed.unexpected", List.of());
        }
    }

    /** The upload must be on this instance's disk: with several instances, a directory they all share. */
    private static void requireFile(Long id, Path file) {
        if (!Files.isReadable(file)) {
            log.warn("Import job {}: its file {} is not on this instance; with several instances, "
                    + "tracker.import.dir must be a directory they all share", id, file);
            throw new ImportRejectedException("importing.failed.fileMissing");
        }
    }

    private ScanCounts scan(Path file, ImportJob job, Writing writing) {
        try {
            return this.scanner.scan(file, job.getOwnerMemberId(), this.files.readChoices(job), writing);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static String summary(WriteCounts written) {
        return written.created() + " created, " + written.updated() + " updated, " + written.skipped() + " skipped, "
                + written.unchanged() + " unchanged";
    }

    private void recordAudit(ImportJob job, WriteCounts written) {
        this.events.publishEvent(new ImportCompleted(job.getId(), job.getOwnerMemberId(), summary(written),
                List.of(new FieldChange("file", null, job.getFileName()),
                        new FieldChange("created", null, String.valueOf(written.created())),
                        new FieldChange("updated", null, String.valueOf(written.updated())),
                        new FieldChange("skipped", null, String.valueOf(written.skipped())),
                        new FieldChange("unchanged", null, String.valueOf(written.unchanged())))));
    }

    // One line per phase, for the operators and the benchmark.
    private static void logPhase(Long id, String what, int rows, long startNanos) {
        long millis = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
        log.info("Import job {} {}: {} rows in {} ms ({} rows/s)", id, what, rows, millis, rows * 1000L / millis);
    }

    private static String pathOrNull(Path path) {
        return path == null ? null : path.toString();
    }

    private ImportScanner.Listener both(ImportScanner.Listener first, ImportScanner.Listener second) {
        return new ImportScanner.Listener() {
            @Override
            public void header(List<String> names) {
                first.header(names);
                second.header(names);
            }

            @Override
            public void chunk(List<CheckedRow> rows) {
                first.chunk(rows);
                second.chunk(rows);
            }

            @Override
            public void progress(int rowsDone) {
                first.progress(rowsDone);
                second.progress(rowsDone);
            }
        };
    }

    /** Puts the names that rows wait for into the admins' review queue as the preview meets them. */
    private ImportScanner.Listener queueNames() {
        return new ImportScanner.Listener() {
            @Override
            public void header(List<String> names) {
            }

            @Override
            public void chunk(List<CheckedRow> rows) {
                ImportRunner.this.nameQueue.register(rows);
            }

            @Override
            public void progress(int rowsDone) {
            }
        };
    }

    /** Writes progress to the job now and then, and stops the job when the application stops. */
    private ImportScanner.Listener progress(Long id, int total) {
        return new ImportScanner.Listener() {

            private long last = System.nanoTime();

            @Override
            public void header(List<String> names) {
            }

            @Override
            public void chunk(List<CheckedRow> rows) {
            }

            @Override
            public void progress(int rowsDone) {
                if (ImportRunner.this.stopping) {
                    throw new ImportInterruptedException();
                }
                long now = System.nanoTime();
                if (now - this.last >= PROGRESS_INTERVAL_NANOS) {
                    this.last = now;
                    if (!ImportRunner.this.store.progress(id, rowsDone, total)) {
                        // Another instance took this job for stale and marked it interrupted: roll back.
                        throw new ImportInterruptedException();
                    }
                }
            }
        };
    }

    /** Tells the job's page how far the search index has got with its written filings. */
    private final class IndexProgress implements FilingIndexer.BackgroundProgress {

        private final Long id;

        private long last = System.nanoTime();

        IndexProgress(Long id) {
            this.id = id;
        }

        @Override
        public void queued(int filings) {
            ImportRunner.this.store.indexQueued(this.id, filings);
        }

        @Override
        public void indexed(int filings) {
            long now = System.nanoTime();
            if (now - this.last >= PROGRESS_INTERVAL_NANOS) {
                this.last = now;
                ImportRunner.this.store.indexProgress(this.id, filings);
            }
        }

        @Override
        public void done() {
            ImportRunner.this.store.indexEnded(this.id, IndexState.INDEXED);
            log.info("Import job {}: its filings are in the search index", this.id);
        }

        @Override
        public void failed(RuntimeException ex) {
            ImportRunner.this.store.indexEnded(this.id,
                    ImportRunner.this.stopping ? IndexState.INTERRUPTED : IndexState.FAILED);
        }

    }

    /** The write pass: refuses errors in all-or-nothing mode, writes each chunk, reports and counts. */
    private final class Writing implements ImportScanner.Listener {

        private final ImportJob job;

        private final ScanReport report;

        private final ImportScanner.Listener progress;

        private WriteCounts written = WriteCounts.NONE;

        private final java.util.Set<String> chosen;

        Writing(ImportJob job, ScanReport report, ImportScanner.Listener progress, java.util.Set<String> chosen) {
            this.chosen = chosen;
            this.job = job;
            this.report = report;
            this.progress = progress;
        }

        @Override
        public void header(List<String> names) {
            this.report.header(names);
        }

        @Override
        public void chunk(List<CheckedRow> rows) {
            this.report.chunk(rows);
            if (this.job.getMode() == ImportMode.ALL_OR_NOTHING && rows.stream().anyMatch(CheckedRow::hasErrors)) {
                int row = rows.stream().filter(CheckedRow::hasErrors).findFirst().orElseThrow().row();
                throw new ImportRejectedException("importing.failed.errorsNow", row);
            }
            WriteCounts chunk = writeChunk(rows);
            this.written = this.written.plus(chunk);
        }

        @Override
        public void progress(int rowsDone) {
            this.progress.progress(rowsDone);
        }

        // Rows of an export file: names queued, waiting rows kept, the rest written as filings or patches.
        private WriteCounts writeChunk(List<CheckedRow> rows) {
            RowExtras extras = rows.isEmpty() ? null : rows.get(0).extras();
            if (extras == null) {
                return ImportRunner.this.writer.write(rows, this.job.getOnMatch());
            }
            ImportRunner.this.nameQueue.register(rows);
            ImportRunner.this.waitingRows.store(this.job.getId(), extras.format(),
                    rows.stream().filter(CheckedRow::waits).toList());
            return ImportRunner.this.exportWriter.write(rows, new ExportRowWriter.Context(this.job.getId(),
                    this.job.getFileName(), this.chosen, this.job.getOnMatch()));
        }

    }

}
