package org.aiip.tracker.importing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.system.NotFoundException;

/**
 * Reads and changes import jobs. Every change commits on its own (REQUIRES_NEW), apart from the
 * transaction that writes the filings, so that progress shows while a file is written and the
 * job's record survives when that write rolls back.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ImportJobStore {

    private final ImportJobRepository jobs;

    private final JdbcTemplate jdbc;

    ImportJobStore(ImportJobRepository jobs, JdbcTemplate jdbc) {
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    ImportJob create(ImportJob job) {
        return this.jobs.save(job);
    }

    /** A job the current person may see (their own; admins any), or a 404. */
    @Transactional(readOnly = true)
    public ImportJob visible(String publicId) {
        TrackerUser user = CurrentUser.get().orElseThrow(() -> new NotFoundException("import"));
        return this.jobs.findByPublicId(publicId)
            .filter(job -> user.isAdmin() || job.getOwner().equals(user.username()))
            .orElseThrow(() -> new NotFoundException("import"));
    }

    @Transactional(readOnly = true)
    Optional<ImportJob> byId(Long id) {
        return this.jobs.findById(id);
    }

    /** The latest jobs the current person may see. */
    @Transactional(readOnly = true)
    public List<ImportJob> recent(int limit) {
        TrackerUser user = CurrentUser.get().orElseThrow(() -> new NotFoundException("import"));
        PageRequest page = PageRequest.of(0, limit);
        return user.isAdmin() ? this.jobs.findAllByOrderByCreatedAtDesc(page)
                : this.jobs.findByOwnerOrderByCreatedAtDesc(user.username(), page);
    }

    /** Starts a phase: the state, its start time and the rows expected. */
    void start(Long id, ImportState state, int totalRows) {
        this.jdbc.update("""
                update import_job set state = ?, started_at = ?, finished_at = null, rows_done = 0, total_rows = ?,
                    message_code = null, message_args = null where id = ?""", state.name(), now(), totalRows,
                id);
    }

    void progress(Long id, int rowsDone, int totalRows) {
        this.jdbc.update("update import_job set rows_done = ?, total_rows = ? where id = ?", rowsDone,
                Math.max(rowsDone, totalRows), id);
    }

    /** Checked: the preview is ready and waits for the person to confirm. */
    void validated(Long id, ScanCounts counts, String reportPath) {
        this.jdbc.update("""
                update import_job set state = 'READY', total_rows = ?, rows_done = ?, valid_rows = ?, error_rows = ?,
                    match_rows = ?, error_report_path = ?, finished_at = ? where id = ? and state = 'VALIDATING'""",
                counts.total(), counts.total(), counts.valid(), counts.errors(), counts.matches(), reportPath,
                now(), id);
    }

    /** Moves a READY job to WRITING; false when it was not ready (confirmed twice, cancelled). */
    boolean confirm(Long id, ImportMode mode, MatchChoice onMatch) {
        return this.jdbc.update("""
                update import_job set state = 'WRITING', import_mode = ?, on_match = ?, rows_done = 0,
                    started_at = null, finished_at = null where id = ? and state = 'READY'""", mode.name(),
                onMatch.name(), id) == 1;
    }

    /** Moves a job that may run again back to VALIDATING; false otherwise. */
    boolean rerun(Long id) {
        return this.jdbc.update("""
                update import_job set state = 'VALIDATING', rows_done = 0, started_at = null, finished_at = null,
                    message_code = null, message_args = null where id = ? and state in ('INTERRUPTED', 'FAILED')""",
                id) == 1;
    }

    void done(Long id, ScanCounts counts, WriteCounts written, String reportPath) {
        this.jdbc.update("""
                update import_job set state = 'DONE', total_rows = ?, rows_done = ?, valid_rows = ?, error_rows = ?,
                    match_rows = ?, created_count = ?, updated_count = ?, skipped_count = ?, error_report_path = ?,
                    finished_at = ? where id = ?""", counts.total(), counts.total(), counts.valid(), counts.errors(),
                counts.matches(), written.created(), written.updated(), written.skipped(), reportPath, now(),
                id);
    }

    /** Ends a job in {@code state} with a message for the person. */
    void end(Long id, ImportState state, String code, List<String> arguments) {
        this.jdbc.update("""
                update import_job set state = ?, message_code = ?, message_args = ?, finished_at = ?
                where id = ?""", state.name(), code, truncate(String.join(ImportJob.ARG_SEPARATOR, arguments)),
                now(), id);
    }

    /** Cancels a job that waits for confirmation or was cut off; false when it is running or over. */
    boolean cancel(Long id) {
        return this.jdbc.update("""
                update import_job set state = 'CANCELLED', finished_at = ?
                where id = ? and state in ('READY', 'INTERRUPTED', 'FAILED')""", now(), id) == 1;
    }

    /**
     * Marks the jobs that were running when the application stopped as interrupted. Their write
     * transaction never committed, so the database holds nothing of them.
     */
    int markInterrupted() {
        return this.jdbc.update("""
                update import_job set state = 'INTERRUPTED', message_code = 'importing.interrupted.restart',
                    message_args = null, finished_at = ? where state in ('VALIDATING', 'WRITING')""", now());
    }

    // An offset date-time, which both H2 and the PostgreSQL driver accept for timestamp with time zone.
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String truncate(String value) {
        return value.length() > 1000 ? value.substring(0, 1000) : value;
    }

}
