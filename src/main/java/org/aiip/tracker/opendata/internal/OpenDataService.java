package org.aiip.tracker.opendata.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;

/**
 * Takes, lists and serves the open-data snapshots. A snapshot is taken on demand by an admin or nightly;
 * the nightly one runs on one instance only: it first claims the lock row for an hour with one
 * conditional UPDATE (the database decides who wins, as ShedLock's JDBC provider does).
 */
@Service
class OpenDataService {

    static final Duration LOCK_FOR = Duration.ofHours(1);

    private final JdbcTemplate jdbc;

    private final SnapshotWriter writer;

    OpenDataService(JdbcTemplate jdbc, SnapshotWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    /** Takes a snapshot now and stores it; returns its id. */
    @Transactional
    public long take(String trigger) {
        Instant now = Instant.now();
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Timestamp previous = this.jdbc.queryForObject("select max(created_at) from open_data_snapshot", Timestamp.class);
        SnapshotWriter.Written written = this.writer.write(day, now, previous == null ? null : previous.toInstant());
        String name = "initiative-tracker-" + day + "-" + now.toEpochMilli() % 100000 + ".zip";
        this.jdbc.update("""
                insert into open_data_snapshot (taken_on, created_at, trigger_kind, created_by, file_name, size_bytes,
                    sha256, changes, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", java.sql.Date.valueOf(day),
                Timestamp.from(now), trigger, CurrentUser.name(), name, written.zip().length,
                Zip.sha256(written.zip()), written.changes(), written.zip());
        return this.jdbc.queryForObject("select max(id) from open_data_snapshot", Long.class);
    }

    /**
     * Claims the nightly run for this instance if no other instance holds it: true for exactly one of
     * several instances that ask within the hour.
     */
    @Transactional
    public boolean claimNightly(String instance) {
        Instant now = Instant.now();
        return this.jdbc.update(
                "update open_data_lock set locked_until = ?, locked_by = ? where id = 1 and locked_until < ?",
                Timestamp.from(now.plus(LOCK_FOR)), instance, Timestamp.from(now)) == 1;
    }

    @Transactional(readOnly = true)
    public List<SnapshotInfo> list() {
        return this.jdbc.query("""
                select id, taken_on, created_at, trigger_kind, file_name, size_bytes, sha256, changes
                from open_data_snapshot order by created_at desc, id desc""",
                (rs, i) -> new SnapshotInfo(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getInt(8)));
    }

    /** A snapshot's file name and bytes. */
    @Transactional(readOnly = true)
    public Optional<Download> download(long id) {
        return this.jdbc.query("select file_name, content from open_data_snapshot where id = ?",
                (rs, i) -> new Download(rs.getString(1), rs.getBytes(2)), id).stream().findFirst();
    }

    /** A snapshot's bytes to send. */
    public record Download(String fileName, byte[] content) {
    }

}
