package org.aiip.tracker.opendata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
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


    private static final Logger log = LoggerFactory.getLogger(OpenDataService.class);

    private final JdbcTemplate jdbc;

    private final SnapshotWriter writer;

    /** The size of a stored part of a zip (1 MiB). */
    private final int partBytes;

    OpenDataService(JdbcTemplate jdbc, SnapshotWriter writer,
            @Value("${tracker.open-data.part-bytes:1048576}") int partBytes) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.partBytes = partBytes;
    }

    /** Takes a snapshot now and stores it; returns its id. */
    @Transactional
    public long take(String trigger) {
        Instant now = Instant.now();
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Timestamp previous = this.jdbc.queryForObject("select max(created_at) from open_data_snapshot", Timestamp.class);
        SnapshotWriter.Written written = this.writer.write(day, now, previous == null ? null : previous.toInstant());
        try {
            Zip.Sum sum;
            try (InputStream in = Files.newInputStream(written.zip())) {
                sum = Zip.sum(in);
            }
            String name = "initiative-tracker-" + day + "-" + now.toEpochMilli() % 100000 + ".zip";
            KeyHolder key = new GeneratedKeyHolder();
            this.jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("""
                        insert into open_data_snapshot (taken_on, created_at, trigger_kind, created_by, file_name,
                            size_bytes, sha256, changes) values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
                insert.setDate(1, java.sql.Date.valueOf(day));
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setString(3, trigger);
                insert.setString(4, CurrentUser.name());
                insert.setString(5, name);
                insert.setLong(6, sum.bytes());
                insert.setString(7, sum.sha256());
                insert.setInt(8, written.changes());
                return insert;
            }, key);
            long id = key.getKeyAs(Number.class).longValue();
            store(id, written.zip());
            return id;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            try {
                Files.deleteIfExists(written.zip());
            }
            catch (IOException ex) {
                log.warn("Could not delete the snapshot's temporary file {}", written.zip(), ex);
            }
        }
    }

    /** The zip's parts, one row each, read from the file one part at a time. */
    private void store(long id, Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip)) {
            int part = 0;
            for (byte[] content = in.readNBytes(this.partBytes); content.length > 0; content = in.readNBytes(this.partBytes)) {
                this.jdbc.update("insert into open_data_snapshot_part (snapshot_id, part_no, content) values (?, ?, ?)",
                        id, part++, content);
            }
        }
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
        return list("", new Object[0]);
    }

    private List<SnapshotInfo> list(String where, Object... args) {
        return this.jdbc.query("""
                select id, taken_on, created_at, trigger_kind, file_name, size_bytes, sha256, changes
                from open_data_snapshot%s order by created_at desc, id desc""".formatted(where),
                (rs, i) -> new SnapshotInfo(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getInt(8)), args);
    }

    /** A stored snapshot's description, without its bytes. */
    @Transactional(readOnly = true)
    public Optional<SnapshotInfo> find(long id) {
        return list(" where id = ?", id).stream().findFirst();
    }

    /** Sends a snapshot's bytes, part after part: at most one part is in memory at a time. */
    public void copy(long id, OutputStream out) throws IOException {
        List<Integer> parts = this.jdbc.queryForList(
                "select part_no from open_data_snapshot_part where snapshot_id = ? order by part_no", Integer.class, id);
        for (int part : parts) {
            out.write(this.jdbc.queryForObject(
                    "select content from open_data_snapshot_part where snapshot_id = ? and part_no = ?", byte[].class,
                    id, part));
        }
    }

}
