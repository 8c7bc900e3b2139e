package org.aiip.tracker.opendata.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.audit.AuditService;
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

    static final List<String> PUBLIC_TYPES = List.of("filing", "assessment", "member", "membership", "clause",
            "agreement");

    private final FilingService filings;

    private final MemberService members;

    private final MembershipService membership;

    private final ClauseService clauses;

    private final ClauseVersions versions;

    private final ComplianceService compliance;

    private final AuditService audit;

    private final JdbcTemplate jdbc;

    private final JsonMapper json;

    SnapshotWriter(FilingService filings, MemberService members, MembershipService membership, ClauseService clauses,
            ClauseVersions versions, ComplianceService compliance, AuditService audit, JdbcTemplate jdbc,
            JsonMapper json) {
        this.filings = filings;
        this.members = members;
        this.membership = membership;
        this.clauses = clauses;
        this.versions = versions;
        this.compliance = compliance;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What was written: the zip and the number of changes listed since the previous snapshot. */
    record Written(byte[] zip, int changes) {
    }

    Written write(LocalDate takenOn, Instant now, Instant previous) {
        Zip zip = new Zip();
        Map<String, Integer> counts = new LinkedHashMap<>();
        table(zip, counts, "filings", FilingColumns.NAMES, filingRows());
        Map<Long, String> slugs = new HashMap<>();
        List<MemberCompany> all = this.members.all();
        all.forEach(m -> slugs.put(m.getId(), m.getSlug()));
        table(zip, counts, "members", List.of("slug", "name_en", "name_zh", "name_ko", "sector", "website",
                "joined_on", "status", "withdrawn_on", "role"), all.stream()
                    .map(m -> list(m.getSlug(), m.getNameEn(), m.getNameZh(), m.getNameKo(), m.getSector(),
                            m.getWebsite(), m.getJoinedOn(), m.getStatus(), m.getWithdrawnOn(), m.getRole()))
                    .toList());
        table(zip, counts, "membership", List.of("member", "kind", "date", "date_note", "legal_entity",
                "source_title", "source_url"), this.membership.allEvents()
                    .stream()
                    .map(e -> list(slugs.get(e.getMemberId()), e.getKind(), e.getEventDate(), e.getDateNote(),
                            e.getLegalEntity(), e.getSourceTitle(), e.getSourceUrl()))
                    .toList());
        table(zip, counts, "stated_member_counts", List.of("stated_on", "stated_total", "approx_total",
                "source_title", "source_url"), this.membership.statedCounts()
                    .stream()
                    .map(c -> list(c.getStatedOn(), c.getStatedTotal(), c.getApproxTotal(), c.getSourceTitle(),
                            c.getSourceUrl()))
                    .toList());
        Map<Long, Integer> numbers = new HashMap<>();
        this.clauses.all().forEach(c -> numbers.put(c.getId(), c.getNumber()));
        table(zip, counts, "clause_texts", List.of("clause", "lang", "version", "short_title", "full_text",
                "source_text", "effective_from", "source", "source_url"), this.versions.all()
                    .stream()
                    .map(v -> list(numbers.get(v.getClauseId()), v.getLang(), v.getVersionNo(), v.getShortTitle(),
                            v.getFullText(), v.isSourceText(), v.getEffectiveFrom(), v.getSource(),
                            v.getSourceUrl()))
                    .toList());
        table(zip, counts, "assessments", List.of("member", "clause", "status", "summary", "reviewed_on",
                "reviewer", "evidence", "sample"), this.compliance.all()
                    .stream()
                    .map(a -> list(a.getMember().getSlug(), a.getClause().getNumber(), a.getStatus(), a.getSummary(),
                            a.getReviewedOn(), a.getReviewer(),
                            String.join("\n", a.getEvidence().stream().map(Evidence::auditText).toList()),
                            a.isSample()))
                    .toList());
        List<List<String>> changes = changes(previous);
        Map<String, Integer> restorable = restoreFiles(zip);
        table(zip, counts, "changes", List.of("occurred_at", "record_type", "record_id", "action", "summary",
                "field", "old_value", "new_value"), changes);
        manifest(zip, counts, restorable, takenOn, now, previous);
        return new Written(zip.bytes(), changes.size());
    }

    private List<List<String>> filingRows() {
        List<List<String>> rows = new ArrayList<>();
        this.filings.export(FilingSearch.all(), FilingVisibility.PUBLIC, row -> rows.add(FilingColumns.values(row)));
        return rows;
    }

    /** The public changes since the previous snapshot (all recorded changes for the first), one line per field. */
    private List<List<String>> changes(Instant previous) {
        Set<Long> published = new HashSet<>(
                this.jdbc.queryForList("select id from patent_filing where published = true", Long.class));
        List<AuditEntry> entries = new ArrayList<>(
                this.audit.since(previous == null ? Instant.EPOCH : previous, PUBLIC_TYPES));
        java.util.Collections.reverse(entries);
        List<List<String>> rows = new ArrayList<>();
        for (AuditEntry e : entries) {
            if ("filing".equals(e.getEntityType()) && !published.contains(e.getEntityId())) {
                continue;
            }
            if (e.getChanges().isEmpty()) {
                rows.add(list(e.getOccurredAt(), e.getEntityType(), e.getEntityId(), e.getAction(), e.getSummary(),
                        null, null, null));
            }
            e.getChanges()
                .forEach(c -> rows.add(list(e.getOccurredAt(), e.getEntityType(), e.getEntityId(), e.getAction(),
                        e.getSummary(), c.field(), c.oldValue(), c.newValue())));
        }
        return rows;
    }

    private void table(Zip zip, Map<String, Integer> counts, String name, List<String> header, List<List<String>> rows) {
        zip.csv(name + ".csv", header, rows);
        List<Map<String, String>> objects = rows.stream().map(row -> {
            Map<String, String> object = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                object.put(header.get(i), row.get(i));
            }
            return object;
        }).toList();
        zip.add(name + ".json", this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(objects));
        counts.put(name, rows.size());
    }

    /** Every public table with all its columns (restore/*.json), for a restore into an empty instance. */
    private Map<String, Integer> restoreFiles(Zip zip) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<PublicTables.Table> tables = new ArrayList<>(PublicTables.ALL);
        tables.add(PublicTables.AUDIT_ENTRIES);
        tables.add(PublicTables.AUDIT_CHANGES);
        for (PublicTables.Table table : tables) {
            List<Map<String, Object>> read = PublicRows.read(this.jdbc, table);
            zip.add(table.file(), this.json.writeValueAsBytes(read));
            rows.put(table.name(), read.size());
        }
        return rows;
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
        zip.files().forEach((name, content) -> {
            String sha = Zip.sha256(content);
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", name);
            file.put("bytes", content.length);
            file.put("sha256", sha);
            files.add(file);
            sums.append(sha).append("  ").append(name).append('\n');
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
        sums.append(Zip.sha256(zip.files().get("manifest.json"))).append("  manifest.json\n");
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
