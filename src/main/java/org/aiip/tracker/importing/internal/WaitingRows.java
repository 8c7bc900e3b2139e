package org.aiip.tracker.importing.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Rows of imports that wait for their company names to be decided, kept in the database as they were
 * read from their file (JSON), with the names they wait for: nothing is lost while they wait, and they
 * are imported once the names are decided, without the file.
 */
@Component
class WaitingRows {

    private final JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    WaitingRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A waiting row: its job, the format of its file, and the row as read. */
    record Waiting(long id, long jobId, ImportFormat format, SourceRow row) {
    }

    /** Keeps the rows of a job that wait; the caller's transaction writes them with the rest of the import. */
    void store(long jobId, ImportFormat format, List<CheckedRow> rows) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (CheckedRow row : rows) {
            KeyHolder key = new GeneratedKeyHolder();
            String payload = this.json.writeValueAsString(new Stored(format, row.extras().source()));
            this.jdbc.update(connection -> {
                var ps = connection.prepareStatement(
                        "insert into import_waiting_row (job_id, row_no, payload, created_at) values (?, ?, ?, ?)",
                        new String[] { "id" });
                ps.setLong(1, jobId);
                ps.setInt(2, row.row());
                ps.setString(3, payload);
                ps.setObject(4, now);
                return ps;
            }, key);
            long id = key.getKey().longValue();
            this.jdbc.batchUpdate("insert into import_waiting_name (row_id, match_key) values (?, ?)",
                    row.extras().waitingNames().keySet().stream().map(k -> new Object[] { id, k }).toList());
        }
    }

    /** The rows that wait for any of these names, oldest first. */
    List<Waiting> waitingFor(Collection<String> keys) {
        List<Waiting> rows = new ArrayList<>();
        if (keys.isEmpty()) {
            return rows;
        }
        this.jdbc.query("""
                select distinct r.id, r.job_id, r.payload from import_waiting_row r
                join import_waiting_name n on n.row_id = r.id
                join unnest(?) k(wanted) on n.match_key = k.wanted
                order by r.id""", ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", keys.toArray())),
                rs -> {
                    Stored stored = this.json.readValue(rs.getString(3), Stored.class);
                    rows.add(new Waiting(rs.getLong(1), rs.getLong(2), stored.format(), stored.row()));
                });
        return rows;
    }

    /** How many rows wait for each name. */
    Map<String, Integer> countsByName() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        this.jdbc.query("select match_key, count(*) from import_waiting_name group by match_key",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** Removes rows that were imported (or dropped with a reason in the audit trail). */
    void remove(Collection<Long> ids) {
        List<Object[]> args = ids.stream().map(id -> new Object[] { id }).toList();
        this.jdbc.batchUpdate("delete from import_waiting_name where row_id = ?", args);
        this.jdbc.batchUpdate("delete from import_waiting_row where id = ?", args);
    }

    /** What is stored of a row: its file's format and the row. */
    record Stored(ImportFormat format, SourceRow row) {
    }

}
