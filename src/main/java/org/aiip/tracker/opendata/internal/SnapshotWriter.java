package org.aiip.tracker.opendata.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.clause.ClauseVersions;
import org.aiip.tracker.compliance.ComplianceService;
import org.aiip.tracker.compliance.Evidence;
import org.aiip.tracker.filing.FilingColumns;
import org.aiip.tracker.filing.FilingSearch;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.membership.MembershipService;

/**
 * Writes the whole public record as one zip: each table as CSV and as JSON, the changes since the
 * previous snapshot, a manifest (what each file holds, its size and SHA-256) and SHA256SUMS in the
 * format {@code sha256sum -c} reads. Filings are written in the tracker's own CSV import format
 * ({@link FilingColumns}), so that another instance can import them; only public filings are included.
 */
@Component
class SnapshotWriter {

    /** How long one query of a snapshot may run. */
    static final int QUERY_TIMEOUT_SECONDS = 30 * 60;

    static final List<String> PUBLIC_TYPES = List.of("filing", "assessment", "member", "membership", "clause",
            "agreement");

    private final FilingService filings;

    private final MemberService members;

    private final MembershipService membership;

    private final ClauseService clauses;

    private final ClauseVersions versions;

    private final ComplianceService compliance;

    private final JdbcTemplate jdbc;

    private final JsonMapper json;

    /** Reads rows in chunks (a cursor on PostgreSQL, inside the snapshot's transaction), not all at once. */
    private final JdbcTemplate rows;

    SnapshotWriter(FilingService filings, MemberService members, MembershipService membership, ClauseService clauses,
            ClauseVersions versions, ComplianceService compliance, JdbcTemplate jdbc,
            JsonMapper json) {
        this.filings = filings;
        this.members = members;
        this.membership = membership;
        this.clauses = clauses;
        this.versions = versions;
        this.compliance = compliance;
        this.jdbc = jdbc;
        this.json = json;
        this.rows = new JdbcTemplate(jdbc.getDataSource());
        this.rows.setFetchSize(1000);
        // A snapshot is an admin's or the night's job, not a page: each of its queries may run up to half an hour
        // (a million filings took 99 s in all on H2), not the two minutes of a request's.
        this.rows.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
    }

    /** What was written: the zip (a temporary file the caller deletes) and the changes listed since the previous snapshot. */
    record Written(Path zip, int changes) {
    }

    /** The rows of a table, given one by one. */
    @FunctionalInterface
    interface Rows {

        void each(Consumer<List<String>> row);

    }

    Written write(LocalDate takenOn, Instant now, Instant previous) {
        try (Zip zip = new Zip()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            table(zip, counts, "filings", FilingColumns.NAMES, row -> this.filings.export(FilingSearch.all(),
                    FilingVisibility.PUBLIC, filing -> row.accept(FilingColumns.values(filing))));
            Map<Long, String> slugs = new HashMap<>();
            List<MemberCompany> all = this.members.all();
            all.forEach(m -> slugs.put(m.getId(), m.getSlug()));
            table(zip, counts, "members", List.of("slug", "name_en", "name_zh", "name_ko", "sector", "website",
                    "joined_on", "status", "withdrawn_on", "role"), row -> all
                        .forEach(m -> row.accept(list(m.getSlug(), m.getNameEn(), m.getNameZh(), m.getNameKo(),
                                m.getSector(), m.getWebsite(), m.getJoinedOn(), m.getStatus(), m.getWithdrawnOn(),
                                m.getRole()))));
            table(zip, counts, "membership", List.of("member", "kind", "date", "date_note", "legal_entity",
                    "source_title", "source_url"), row -> this.membership.allEvents()
                        .forEach(e -> row.accept(list(slugs.get(e.getMemberId()), e.getKind(), e.getEventDate(),
                                e.getDateNote(), e.getLegalEntity(), e.getSourceTitle(), e.getSourceUrl()))));
            table(zip, counts, "stated_member_counts", List.of("stated_on", "stated_total", "approx_total",
                    "source_title", "source_url"), row -> this.membership.statedCounts()
                        .forEach(c -> row.accept(list(c.getStatedOn(), c.getStatedTotal(), c.getApproxTotal(),
                                c.getSourceTitle(), c.getSourceUrl()))));
            Map<Long, Integer> numbers = new HashMap<>();
            this.clauses.all().forEach(c -> numbers.put(c.getId(), c.getNumber()));
            table(zip, counts, "clause_texts", List.of("clause", "lang", "version", "short_title", "full_text",
                    "source_text", "effective_from", "source", "source_url"), row -> this.versions.all()
                        .forEach(v -> row.accept(list(numbers.get(v.getClauseId()), v.getLang(), v.getVersionNo(),
                                v.getShortTitle(), v.getFullText(), v.isSourceText(), v.getEffectiveFrom(),
                                v.getSource(), v.getSourceUrl()))));
            table(zip, counts, "assessments", List.of("member", "clause", "status", "summary", "reviewed_on",
                    "reviewer", "evidence", "sample"), row -> this.compliance.all()
                        .forEach(a -> row.accept(list(a.getMember().getSlug(), a.getClause().getNumber(),
                                a.getStatus(), a.getSummary(), a.getReviewedOn(), a.getReviewer(),
                                String.join("\n", a.getEvidence().stream().map(Evidence::auditText).toList()),
                                a.isSample()))));
            Map<String, Integer> restorable = restoreFiles(zip);
            table(zip, counts, "changes", List.of("occurred_at", "record_type", "record_id", "action", "summary",
                    "field", "old_value", "new_value"), row -> changes(previous, row));
            manifest(zip, counts, restorable, takenOn, now, previous);
            return new Written(zip.finish(), counts.get("changes"));
        }
    }

    /**
     * The public changes since the previous snapshot (all recorded changes for the first), oldest first, one
     * line per field; read row by row from the audit trail.
     */
    private void changes(Instant previous, Consumer<List<String>> row) {
        String types = String.join("', '", PUBLIC_TYPES);
        this.rows.query("""
                select e.occurred_at, e.entity_type, e.entity_id, e.action, e.summary, c.field, c.old_value, c.new_value
                from audit_entry e left join audit_change c on c.entry_id = e.id
                where e.occurred_at >= ? and e.entity_type in ('%s') and (e.entity_type <> 'filing'
                    or exists (select 1 from patent_filing f where f.id = e.entity_id and f.published = true))
                order by e.occurred_at, e.id, c.position""".formatted(types), rs -> {
            row.accept(list(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getObject(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        }, (previous == null ? Instant.EPOCH : previous).atOffset(java.time.ZoneOffset.UTC));
    }

    /**
     * One table as CSV and as JSON (an array of objects by column name), from one pass over its rows: the JSON
     * goes to a temporary file while the CSV is written into the zip, and follows it.
     */
    private void table(Zip zip, Map<String, Integer> counts, String name, List<String> header, Rows rows) {
        Path objects = temporary();
        try {
            int[] written = { 0 };
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(objects));
                    SequenceWriter json = this.json.writerWithDefaultPrettyPrinter().writeValuesAsArray(out)) {
                zip.add(name + ".csv", csv -> {
                    CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(csv, StandardCharsets.UTF_8),
                            CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
                    rows.each(row -> {
                        try {
                            printer.printRecord(row);
                        }
                        catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                        json.write(object(header, row));
                        written[0]++;
                    });
                    printer.flush();
                });
            }
            zip.add(name + ".json", out -> Files.copy(objects, out));
            counts.put(name, written[0]);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            delete(objects);
        }
    }

    private static Map<String, String> object(List<String> header, List<String> row) {
        Map<String, String> object = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            object.put(header.get(i), row.get(i));
        }
        return object;
    }

    /** Every public table with all its columns (restore/*.json), for a restore into an empty instance. */
    private Map<String, Integer> restoreFiles(Zip zip) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<PublicTables.Table> tables = new ArrayList<>(PublicTables.ALL);
        tables.add(PublicTables.AUDIT_ENTRIES);
        tables.add(PublicTables.AUDIT_CHANGES);
        for (PublicTables.Table table : tables) {
            int[] written = { 0 };
            zip.add(table.file(), out -> {
                try (SequenceWriter json = this.json.writer().writeValuesAsArray(out)) {
                    PublicRows.each(this.rows, table, row -> {
                        json.write(row);
                        written[0]++;
                    });
                }
            });
            counts.put(table.name(), written[0]);
        }
        return counts;
    }

    private static Path temporary() {
        try {
            return Files.createTempFile("open-data-", ".json");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The version of the newest migration applied: a snapshot restores into a database of the same schema. */
    String schemaVersion() {
        return this.jdbc.queryForObject("""
                select version from flyway_schema_history where success = true and version is not null
                order by installed_rank desc limit 1""", String.class);
    }

    private void manifest(Zip zip, Map<String, Integer> counts, Map<String, Integer> restorable, LocalDate takenOn,
            Instant now, Instant previous) {
        List<Map<String, Object>> files = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        zip.sums().forEach((name, sum) -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", name);
            file.put("bytes", sum.bytes());
            file.put("sha256", sum.sha256());
            files.add(file);
            sums.append(sum.sha256()).append("  ").append(name).append('\n');
        });
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("title", "Initiative Tracker: the public record of the AI IP Cooperation Initiative");
        manifest.put("snapshot_date", takenOn.toString());
        manifest.put("created_at", now.toString());
        manifest.put("changes_since", previous == null ? null : previous.toString());
        manifest.put("records", counts);
        manifest.put("filings_format", "the tracker's own CSV import format (docs/import-format.md); public filings only");
        manifest.put("schema_version", schemaVersion());
        manifest.put("restore", restorable);
        manifest.put("restore_format", "restore/<table>.json: every public row of each table with all its columns"
                + " and ids, in the order a restore writes them (POST /data/restore, admins)");
        manifest.put("files", files);
        zip.add("manifest.json", this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        sums.append(zip.sums().get("manifest.json").sha256()).append("  manifest.json\n");
        zip.add("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> list(Object... values) {
        List<String> row = new ArrayList<>();
        for (Object value : values) {
            row.add(value == null ? null : String.valueOf(value));
        }
        return row;
    }

}
