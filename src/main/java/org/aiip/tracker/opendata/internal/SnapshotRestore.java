package org.aiip.tracker.opendata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.filing.FilingBulkWriter;
import org.aiip.tracker.filing.FilingCounts;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.system.FieldChange;

/**
 * Restores a snapshot zip into an empty instance: the whole public record, in one transaction.
 * <p>
 * First the zip is checked: every file's SHA-256 against SHA256SUMS and the manifest, and the schema
 * version it was taken at against this database's. Then the instance must be empty, which here means
 * holding nothing but what a new instance starts with: the rows its migrations insert (the initiative,
 * its first members, clauses and agreement, the seeded licence offer, membership event and clause
 * versions) and the shipped record the start-up loads, none of which a person wrote. The test of that is
 * the audit trail: no change made by a person (any entry not by {@code system}, account changes aside).
 * Then those rows are replaced: every public table is emptied and written from the snapshot with its ids,
 * except the members, clauses and technology areas, which accounts and aliases refer to: those are
 * updated in place by id, added, or deleted when the snapshot lacks them. Afterwards the filing counts are
 * rebuilt, the search index gets every filing removed or written, the data revision moves on and the
 * audit trail names the restore (so a second restore is refused). The public history of the record comes
 * too (the instance's own entries of public record types, all made by the start-up, make way for it), so
 * that the dashboard's last changes and the as-of views read as they did; who made each change does not.
 * Not restored: accounts, import jobs, name decisions, proposed aliases, unpublished filings.
 */
@Service
class SnapshotRestore {

    static final String AUDIT_TYPE = "open_data_restore";

    /** Rows written per JDBC batch. */
    static final int BATCH = 500;

    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    private final JsonMapper json;

    private final TransactionTemplate transaction;

    private final SnapshotWriter writer;

    private final FilingCounts counts;

    private final FilingBulkWriter bulk;

    private final FilingIndexer indexer;

    private final DataRevision revision;

    private final AuditService audit;

    SnapshotRestore(JdbcTemplate jdbc, JsonMapper json, TransactionTemplate transaction, SnapshotWriter writer,
            FilingCounts counts, FilingIndexer indexer, FilingBulkWriter bulk, DataRevision revision,
            AuditService audit) {
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = transaction;
        this.writer = writer;
        this.counts = counts;
        this.indexer = indexer;
        this.revision = revision;
        this.audit = audit;
    }

    /** What a restore wrote. */
    public record Restored(int tables, int rows, int filings) {
    }

    /** Changes made by people, as the audit trail has them: none in an empty instance. */
    public long changesByPeople() {
        return this.jdbc.queryForObject(
                "select count(*) from audit_entry where username <> 'system' and entity_type <> 'account'", Long.class);
    }

    /**
     * Verifies the snapshot (a zip file) and restores it; throws {@link RestoreRefused} (nothing written) when
     * a checksum fails, the schema differs, the instance holds a record of its own or the database refuses a row.
     */
    public Restored restore(String fileName, Path zip) {
        try (SnapshotFiles files = SnapshotFiles.verified(zip, this.json)) {
            String version = files.manifest().path("schema_version").asString("");
            if (version.isEmpty() || PublicTables.ALL.stream().anyMatch(t -> !files.has(t.file()))
                    || !files.has(PublicTables.AUDIT_ENTRIES.file()) || !files.has(PublicTables.AUDIT_CHANGES.file())) {
                throw new RestoreRefused("opendata.restore.refused.noTables");
            }
            String here = this.writer.schemaVersion();
            if (!version.equals(here)) {
                throw new RestoreRefused("opendata.restore.refused.schema", version, here);
            }
            Restored restored;
            try {
                restored = this.transaction.execute(status -> write(files, fileName));
            }
            catch (DataAccessException ex) {
                throw new RestoreRefused("opendata.restore.refused.database",
                        NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
            }
            restartIdentities();
            this.bulk.analyse();
            return restored;
        }
    }

    private Restored write(SnapshotFiles files, String fileName) {
        long byPeople = changesByPeople();
        if (byPeople > 0) {
            throw new RestoreRefused("opendata.restore.refused.notEmpty", byPeople);
        }
        Set<Long> filings = new LinkedHashSet<>(this.jdbc.queryForList("select id from patent_filing", Long.class));
        this.jdbc.update("delete from filing_count");
        String ownHistory = "entity_type in ('" + String.join("', '", PublicTables.AUDIT_TYPES) + "')";
        this.jdbc.update("delete from audit_change where entry_id in (select id from audit_entry where " + ownHistory + ")");
        this.jdbc.update("delete from audit_entry where " + ownHistory);
        List<PublicTables.Table> reversed = new ArrayList<>(PublicTables.ALL);
        java.util.Collections.reverse(reversed);
        reversed.stream().filter(t -> !t.merged()).forEach(t -> this.jdbc.update("delete from " + t.name()));
        int rows = 0;
        Map<String, List<Map<String, Object>>> merged = new java.util.HashMap<>();
        for (PublicTables.Table table : PublicTables.ALL) {
            if (table.merged()) {
                // Members, clauses and technology areas: a few rows each, kept to delete those the snapshot lacks.
                List<Map<String, Object>> read = new ArrayList<>();
                each(files, table, read::add);
                merged.put(table.name(), read);
                rows += merge(table, read);
            }
            else {
                rows += insert(files, table, UnaryOperator.identity());
            }
        }
        for (PublicTables.Table table : reversed) {
            if (table.merged()) {
                deleteAbsent(table, merged.get(table.name()));
            }
        }
        List<Long> written = this.jdbc.queryForList("select id from patent_filing", Long.class);
        // Recorded before the history goes in: the history's ids come after every entry this instance has.
        this.audit.record(AUDIT_TYPE, 0L, AuditAction.IMPORT, null, fileName,
                List.of(new FieldChange("rows", null, String.valueOf(rows)),
                        new FieldChange("filings", null, String.valueOf(written.size()))));
        rows += history(files);
        filings.addAll(written);
        this.counts.rebuild();
        this.revision.changed();
        this.indexer.indexAfterCommit(filings);
        return new Restored(PublicTables.ALL.size() + 2, rows, written.size());
    }

    /** The public history, its ids moved past those of this instance's own entries (accounts' changes). */
    private int history(SnapshotFiles files) {
        Long max = this.jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        long offset = max == null ? 0 : max;
        return insert(files, PublicTables.AUDIT_ENTRIES, row -> moved(row, "id", offset))
                + insert(files, PublicTables.AUDIT_CHANGES, row -> moved(row, "entry_id", offset));
    }

    private static Map<String, Object> moved(Map<String, Object> row, String column, long offset) {
        row.put(column, ((Number) row.get(column)).longValue() + offset);
        return row;
    }

    /** Reads a table's file of the snapshot row by row. */
    private void each(SnapshotFiles files, PublicTables.Table table, Consumer<Map<String, Object>> consumer) {
        try (InputStream in = files.open(table.file());
                MappingIterator<Map<String, Object>> rows = this.json.readerFor(ROW).readValues(in)) {
            while (rows.hasNext()) {
                consumer.accept(rows.next());
            }
        }
        catch (JacksonException | IOException ex) {
            throw new RestoreRefused("opendata.restore.refused.unreadable", table.file());
        }
    }

    /** Writes a table's rows as they are read, in batches; returns how many. */
    private int insert(SnapshotFiles files, PublicTables.Table table, UnaryOperator<Map<String, Object>> adjust) {
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        int[] written = { 0 };
        each(files, table, row -> {
            batch.add(adjust.apply(row));
            if (batch.size() == BATCH) {
                written[0] += insert(table.name(), batch);
                batch.clear();
            }
        });
        return written[0] + insert(table.name(), batch);
    }

    private int insert(String table, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, Integer> types = columns(table, rows.get(0));
        List<String> names = List.copyOf(rows.get(0).keySet());
        String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        List<Object[]> args = rows.stream()
            .map(row -> names.stream().map(n -> PublicRows.parameter(types.get(n), row.get(n))).toArray())
            .toList();
        this.jdbc.batchUpdate(sql, args);
        return rows.size();
    }

    /** Updates the rows by id, adds those not there. */
    private int merge(PublicTables.Table table, List<Map<String, Object>> rows) {
        List<Map<String, Object>> added = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Integer> types = columns(table.name(), row);
            List<String> names = row.keySet().stream().filter(n -> !n.equals("id")).toList();
            List<Object> args = new ArrayList<>(names.stream().map(n -> PublicRows.parameter(types.get(n), row.get(n))).toList());
            args.add(PublicRows.parameter(types.get("id"), row.get("id")));
            String sql = "update " + table.name() + " set "
                    + String.join(", ", names.stream().map(n -> n + " = ?").toList()) + " where id = ?";
            if (this.jdbc.update(sql, args.toArray()) == 0) {
                added.add(row);
            }
        }
        insert(table.name(), added);
        return rows.size();
    }

    private void deleteAbsent(PublicTables.Table table, List<Map<String, Object>> rows) {
        Set<Long> kept = new HashSet<>();
        rows.forEach(row -> kept.add(((Number) row.get("id")).longValue()));
        for (Long id : this.jdbc.queryForList("select id from " + table.name(), Long.class)) {
            if (!kept.contains(id)) {
                this.jdbc.update("delete from " + table.name() + " where id = ?", id);
            }
        }
    }

    private Map<String, Integer> columns(String table, Map<String, Object> row) {
        Map<String, Integer> types = PublicRows.columns(this.jdbc, table);
        for (String name : row.keySet()) {
            if (!types.containsKey(name)) {
                throw new RestoreRefused("opendata.restore.refused.column", table, name);
            }
        }
        return types;
    }

    /**
     * Moves each table's id generator past the ids restored, so that the next row added gets a new one. Done
     * after the commit: in H2 an ALTER TABLE would commit the restore's transaction half-way.
     */
    private void restartIdentities() {
        List<PublicTables.Table> tables = new ArrayList<>(PublicTables.ALL);
        tables.add(PublicTables.AUDIT_ENTRIES);
        for (PublicTables.Table table : tables) {
            if (PublicRows.columns(this.jdbc, table.name()).containsKey("id")) {
                Long max = this.jdbc.queryForObject("select max(id) from " + table.name(), Long.class);
                this.jdbc.execute("alter table " + table.name() + " alter column id restart with "
                        + ((max == null ? 0 : max) + 1));
            }
        }
    }

}
