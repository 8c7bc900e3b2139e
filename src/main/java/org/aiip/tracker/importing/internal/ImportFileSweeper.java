package org.aiip.tracker.importing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the import directory from filling up. A job's files (upload, preview, error report) are
 * deleted once the job has been left alone for {@code tracker.import.keep-files} (24 hours) after it
 * last changed: done, rejected or cancelled (the upload itself went when the job ended; its error
 * report goes now), failed or interrupted (no longer to be run again) and ready but never confirmed
 * (abandoned). Those last three are then cancelled, saying why. Files that belong to no job (an
 * instance stopped between storing an upload and recording it) go after the same time. And each
 * account may have at most {@code tracker.import.max-waiting} (3) uploads on disk at once
 * ({@link #checkQuota}). Sweeps every {@code tracker.import.sweep-interval} (10 minutes) on each
 * instance; every step is safe to repeat.
 */
@Component
class ImportFileSweeper {

    private static final Logger log = LoggerFactory.getLogger(ImportFileSweeper.class);

    /** States whose upload is still on disk, waiting for a confirmation or another run. */
    private static final String WAITING = "('VALIDATING', 'READY', 'WRITING', 'FAILED', 'INTERRUPTED')";

    private final JdbcTemplate jdbc;

    private final ImportFiles files;

    private final Duration keep;

    private final Duration interval;

    private final int maxWaiting;

    private final ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "import-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    ImportFileSweeper(JdbcTemplate jdbc, ImportFiles files, @Value("${tracker.import.keep-files:PT24H}") Duration keep,
            @Value("${tracker.import.sweep-interval:PT10M}") Duration interval,
            @Value("${tracker.import.max-waiting:3}") int maxWaiting) {
        this.jdbc = jdbc;
        this.files = files;
        this.keep = keep;
        this.interval = interval;
        this.maxWaiting = maxWaiting;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long millis = this.interval.toMillis();
        this.sweeps.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Refuses a new upload when the account already has as many waiting as it may. */
    void checkQuota(String owner) {
        Integer waiting = this.jdbc.queryForObject("select count(*) from import_job where owner = ? and state in "
                + WAITING + " and files_deleted_at is null", Integer.class, owner);
        if (waiting != null && waiting >= this.maxWaiting) {
            throw new ImportRejectedException("importing.upload.quota", this.maxWaiting);
        }
    }

    /** Deletes what has been kept long enough; returns the number of jobs whose files went. */
    int sweep(Instant now) {
        OffsetDateTime before = now.minus(this.keep).atOffset(ZoneOffset.UTC);
        List<ImportJob> old = this.jdbc.query("""
                select id, public_id, file_path, error_report_path, state from import_job
                where files_deleted_at is null and state not in ('VALIDATING', 'WRITING')
                  and coalesce(finished_at, created_at) < ?""", (row, n) -> ImportJob.forFiles(row.getLong(1),
                row.getString(2), row.getString(3), row.getString(4)), before);
        int swept = 0;
        for (ImportJob job : old) {
            this.files.deleteAll(job);
            swept += this.jdbc.update("""
                    update import_job set files_deleted_at = ?, error_report_path = null,
                        state = case when state in ('READY', 'FAILED', 'INTERRUPTED') then 'CANCELLED' else state end,
                        message_code = case when state in ('READY', 'FAILED', 'INTERRUPTED') then 'importing.expired'
                            else message_code end,
                        message_args = case when state in ('READY', 'FAILED', 'INTERRUPTED') then ? else message_args end
                    where id = ? and files_deleted_at is null and state not in ('VALIDATING', 'WRITING')""",
                    now.atOffset(ZoneOffset.UTC), String.valueOf(this.keep.toHours()), job.getId());
        }
        int orphans = deleteOrphans(now.minus(this.keep));
        if (swept + orphans > 0) {
            log.info("Deleted the files of {} import job(s) kept for {} and {} file(s) of no job", swept, this.keep,
                    orphans);
        }
        return swept;
    }

    private void sweepQuietly() {
        try {
            sweep(Instant.now());
        }
        catch (RuntimeException ex) {
            // The database or the disk may be away for a moment; the next sweep tries again.
            log.warn("Import file sweep failed: {}", ex.toString());
        }
    }

    private int deleteOrphans(Instant before) {
        Path directory = this.files.directory();
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            int deleted = 0;
            for (Path file : entries.toList()) {
                String name = file.getFileName().toString();
                if (name.length() < 36 || Files.getLastModifiedTime(file).toInstant().isAfter(before)) {
                    continue;
                }
                Integer jobs = this.jdbc.queryForObject("select count(*) from import_job where public_id = ?",
                        Integer.class, name.substring(0, 36));
                if (jobs != null && jobs == 0 && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
            return deleted;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
