package org.aiip.tracker.importing.internal;

import java.time.Duration;
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
 * <p>
 * Several instances share the jobs: each store has an {@link #instance() instance name}. A job that
 * starts running (checking or writing) is claimed by the instance that runs it ({@code runner}),
 * which refreshes its {@code heartbeat_at} while it works; the end of a phase is written only by the
 * job's runner, and a job whose heartbeat stopped is marked interrupted by whichever instance
 * notices ({@link #markStale}). Heartbeats use the database's clock, so the instances' clocks need
 * not agree.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ImportJobStore {

    private static final String RUNNING = " ('VALIDATING', 'WRITING')";

    private final ImportJobRepository jobs;

    private final JdbcTemplate jdbc;

    private final String instance;

    ImportJobStore(ImportJobRepository jobs, JdbcTemplate jdbc) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.instance = newInstanceName();
    }

    /** This instance's name in {@code import_job.runner}: host, process id and a random part (a restart is another instance). */
    String instance() {
        return this.instance;
    }

    /** Stores a new job, which this instance is about to check. */
    ImportJob create(ImportJob job) {
        ImportJob saved = this.jobs.saveAndFlush(job);
        this.jdbc.update("update import_job set runner = ?, heartbeat_at = current_timestamp where id = ?",
                this.instance, saved.getId());
        return saved;
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

    /** Starts a phase on this instance: the state, its start time and the rows expected. */
    void start(Long id, ImportState state, int totalRows) {
        this.jdbc.update("""
                update import_job set state = ?, started_at = ?, finished_at = null, rows_done = 0, total_rows = ?,
                    message_code = null, message_args = null, runner = ?, heartbeat_at = current_timestamp
                where id = ?""", state.name(), now(), totalRows, this.instance, id);
    }

    /**
     * Records progress (and a heartbeat); false when the job is no longer this instance's running job
     * (another instance took it for stale and marked it interrupted): the worker stops then.
     */
    boolean progress(Long id, int rowsDone, int totalRows) {
        return this.jdbc.update("""
                update import_job set rows_done = ?, total_rows = ?, heartbeat_at = current_timestamp
                where id = ? and runner = ? and state in""" + RUNNING, rowsDone, Math.max(rowsDone, totalRows), id,
                this.instance) == 1;
    }

    /** Checked: the preview is ready and waits for the person to confirm. */
    void validated(Long id, ScanCounts counts, String reportPath) {
        this.jdbc.update("""
                update import_job set state = 'READY', total_rows = ?, rows_done = ?, valid_rows = ?, error_rows = ?,
                    match_rows = ?, waiting_rows = ?, join_rows = ?, conflict_count = ?, file_format = ?,
                    error_report_path = ?, finished_at = ?
                where id = ? and state = 'VALIDATING' and runner = ?""", counts.total(), counts.total(),
                counts.valid(), counts.errors(), counts.matches(), counts.waiting(), counts.joins(), counts.conflicts(),
                counts.format().name(), reportPath, now(), id, this.instance);
    }

    /** Moves a READY job to WRITING on this instance; false when it was not ready (confirmed twice, cancelled). */
    boolean confirm(Long id, ImportMode mode, MatchChoice onMatch) {
        return this.jdbc.update("""
                update import_job set state = 'WRITING', import_mode = ?, on_match = ?, rows_done = 0,
                    started_at = null, finished_at = null, runner = ?, heartbeat_at = current_timestamp
                where id = ? and state = 'READY'""", mode.name(), onMatch.name(), this.instance, id) == 1;
    }

    /** Moves a job that may run again back to VALIDATING on this instance; false otherwise. */
    boolean rerun(Long id) {
        return this.jdbc.update("""
                update import_job set state = 'VALIDATING', rows_done = 0, started_at = null, finished_at = null,
                    message_code = null, message_args = null, runner = ?, heartbeat_at = current_timestamp
                where id = ? and state in ('INTERRUPTED', 'FAILED')""", this.instance, id) == 1;
    }

    void done(Long id, ScanCounts counts, WriteCounts written, String reportPath) {
        this.jdbc.update("""
                update import_job set state = 'DONE', total_rows = ?, rows_done = ?, valid_rows = ?, error_rows = ?,
                    match_rows = ?, waiting_rows = ?, join_rows = ?, conflict_count = ?, created_count = ?,
                    updated_count = ?, skipped_count = ?, unchanged_count = ?, error_report_path = ?,
                    finished_at = ? where id = ? and runner = ?""", counts.total(), counts.total(), counts.valid(),
                counts.errors(), counts.matches(), counts.waiting(), counts.joins(), counts.conflicts(),
                written.created(), written.updated(), written.skipped(), written.unchanged(), reportPath, now(), id,
                this.instance);
    }

    /**
     * Ends this instance's running job in {@code state} with a message for the person. A job that
     * another instance meanwhile marked interrupted (or ran again) keeps what it says now.
     */
    void end(Long id, ImportState state, String code, List<String> arguments) {
        this.jdbc.update("""
                update import_job set state = ?, message_code = ?, message_args = ?, finished_at = ?
                where id = ? and runner = ? and state in""" + RUNNING, state.name(), code,
                truncate(String.join(ImportJob.ARG_SEPARATOR, arguments)), now(), id, this.instance);
    }

    /** Refreshes the heartbeat of every job this instance is running, about to run, or still indexing. */
    int beat() {
        return this.jdbc.update("update import_job set heartbeat_at = current_timestamp where runner = ? and (state in"
                + RUNNING + " or index_state = 'INDEXING')", this.instance);
    }

    /** The job's write committed: this many filings wait for the search index (none: nothing to wait for). */
    void indexQueued(Long id, int filings) {
        this.jdbc.update("""
                update import_job set index_state = ?, index_total = ?, indexed_rows = 0, indexed_at = ?,
                    heartbeat_at = current_timestamp
                where id = ? and runner = ?""", filings == 0 ? IndexState.INDEXED.name() : IndexState.INDEXING.name(),
                filings, filings == 0 ? now() : null, id, this.instance);
    }

    /** How many of the job's filings the search index has taken so far (and a heartbeat). */
    void indexProgress(Long id, int filings) {
        this.jdbc.update("""
                update import_job set indexed_rows = ?, heartbeat_at = current_timestamp
                where id = ? and runner = ? and index_state = 'INDEXING'""", filings, id, this.instance);
    }

    /** The search index holds all of the job's filings, or failed to: the job's indexing is over. */
    void indexEnded(Long id, IndexState state) {
        boolean indexed = state == IndexState.INDEXED;
        this.jdbc.update("""
                update import_job set index_state = ?, indexed_at = ?,
                    indexed_rows = case when ? then index_total else indexed_rows end
                where id = ? and runner = ? and index_state = 'INDEXING'""", state.name(), now(), indexed, id,
                this.instance);
    }

    /** Cancels a job that waits for confirmation or was cut off; false when it is running or over. */
    boolean cancel(Long id) {
        return this.jdbc.update("""
                update import_job set state = 'CANCELLED', finished_at = ?
                where id = ? and state in ('READY', 'INTERRUPTED', 'FAILED')""", now(), id) == 1;
    }

    /**
     * Marks running jobs whose heartbeat is older than {@code staleAfter} as interrupted: the instance
     * that ran them stopped without ending them (killed, or its machine lost). Their write transaction
     * never committed, so the database holds nothing of them. Jobs without a heartbeat come from a
     * release before heartbeats.
     */
    int markStale(Duration staleAfter) {
        OffsetDateTime databaseNow = this.jdbc.queryForObject("select current_timestamp", OffsetDateTime.class);
        // A written job whose instance stopped while indexing: its filings are written, and that instance's next
        // start indexes them.
        this.jdbc.update("""
                update import_job set index_state = 'INTERRUPTED'
                where index_state = 'INDEXING' and (heartbeat_at is null or heartbeat_at < ?)""",
                databaseNow.minus(staleAfter));
        return this.jdbc.update("""
                update import_job set state = 'INTERRUPTED', message_code = 'importing.interrupted.restart',
                    message_args = null, finished_at = ?
                where state in""" + RUNNING + " and (heartbeat_at is null or heartbeat_at < ?)", now(),
                databaseNow.minus(staleAfter));
    }

    /** At shutdown: marks what this instance still runs as interrupted (it stops with the application). */
    int interruptOwn() {
        this.jdbc.update("""
                update import_job set index_state = 'INTERRUPTED' where runner = ? and index_state = 'INDEXING'""",
                this.instance);
        return this.jdbc.update("""
                update import_job set state = 'INTERRUPTED', message_code = 'importing.interrupted.stopped',
                    message_args = null, finished_at = ?
                where runner = ? and state in""" + RUNNING, now(), this.instance);
    }

    private static String newInstanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        }
        catch (java.io.IOException ex) {
            host = "unknown-host";
        }
        String name = host + ":" + ProcessHandle.current().pid() + ":"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    // An offset date-time, which both H2 and the PostgreSQL driver accept for timestamp with time zone.
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String truncate(String value) {
        return value.length() > 1000 ? value.substring(0, 1000) : value;
    }

}
