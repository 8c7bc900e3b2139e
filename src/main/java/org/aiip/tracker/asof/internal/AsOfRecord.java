package org.aiip.tracker.asof.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceService;
import org.aiip.tracker.compliance.Evidence;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.TechnologyArea;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;

/**
 * Rebuilds the public record as it stood at the end of a day from today's record and the audit trail:
 * every audited change made after the day is undone, newest first (each entry keeps every changed
 * field's value before and after). A filing counts from the moment it was stored ({@code created_at},
 * which also covers imports) if it was public then: its publication number or date was on record at the
 * end of the day (a filing published later was still confidential that day). A filing withdrawn since
 * counts with the status it had then; a filing shared by several members counts for each of them, as
 * its co-applicants stood then. A filing that is confidential today is never shown, even if it was
 * public then (its publication data was removed as wrong, and it is treated as confidential). An
 * assessment counts from its first audit entry or its last change, whichever came first.
 */
@Service
@Transactional(readOnly = true)
class AsOfRecord {

    static final String FILING = "filing";

    static final String ASSESSMENT = "assessment";

    /** The record types whose audited changes the public "as of" pages undo or list. */
    static final List<String> PUBLIC_TYPES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(FILING, ASSESSMENT, "member", "membership", "clause", "agreement"),
            AsOfRegistries.TYPES.stream()).toList();

    private final JdbcTemplate jdbc;

    private final AuditService audit;

    private final MemberService members;

    private final FilingService filings;

    private final ComplianceService compliance;

    /** Reads rows in chunks (a cursor on PostgreSQL, inside this read-only transaction), not all at once. */
    private final JdbcTemplate rows;

    AsOfRecord(JdbcTemplate jdbc, AuditService audit, MemberService members, FilingService filings,
            ComplianceService compliance) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.members = members;
        this.filings = filings;
        this.compliance = compliance;
        this.rows = new JdbcTemplate(jdbc.getDataSource());
        this.rows.setFetchSize(1000);
        // The same limit as every other query of a request (spring.jdbc.template.query-timeout).
        this.rows.setQueryTimeout(jdbc.getQueryTimeout());
    }

    /**
     * Gives each public filing on record at the end of the day, with its fields as they were then, in id order.
     * The filings are read with a cursor and given one by one: only the changes made since the day (and the
     * co-applicants, a few rows) are held in memory, not the filings, whatever their number.
     */
    public void eachFiling(AsOf asOf, Consumer<FilingAsOf> consumer) {
        Map<Long, List<AuditEntry>> changed = new HashMap<>();
        for (AuditEntry entry : changesAfter(asOf, List.of(FILING))) {
            // Newest first, as the trail gives them: undone in that order.
            changed.computeIfAbsent(entry.getEntityId(), id -> new ArrayList<>()).add(entry);
        }
        Map<String, Long> memberIds = new HashMap<>();
        this.members.all().forEach(m -> memberIds.put(m.getNameEn(), m.getId()));
        Map<String, Long> areaIds = new HashMap<>();
        this.filings.areas().forEach(a -> areaIds.put(a.getCode(), a.getId()));
        Map<Long, Set<Long>> coApplicants = new HashMap<>();
        // A filing stored after the day was not on record then, whatever changed since: not read at all.
        java.time.OffsetDateTime cutoff = asOf.cutoff().atOffset(java.time.ZoneOffset.UTC);
        this.jdbc.query("""
                select c.filing_id, c.member_id from filing_co_applicant c
                join patent_filing f on f.id = c.filing_id where f.published = true and f.created_at < ?""", rs -> {
            coApplicants.computeIfAbsent(rs.getLong(1), id -> new java.util.LinkedHashSet<>()).add(rs.getLong(2));
        }, cutoff);
        this.rows.query("""
                select id, office, coalesce(application_number, publication_number), title, applicant_id, filing_date,
                       legal_status, technology_area_id, open_licence, created_at, publication_number, publication_date
                from patent_filing where published = true and created_at < ? order by id""", rs -> {
            Timestamp created = rs.getTimestamp(10);
            java.sql.Date filed = rs.getDate(6);
            FilingAsOf f = new FilingAsOf(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getLong(5), filed == null ? null : filed.toLocalDate(), rs.getString(7), rs.getLong(8),
                    rs.getBoolean(9), created == null ? null : created.toInstant());
            java.sql.Date published = rs.getDate(12);
            f.publicationNumber = rs.getString(11);
            f.publicationDate = published == null ? null : published.toLocalDate();
            f.coApplicantIds.addAll(coApplicants.getOrDefault(f.id, Set.of()));
            boolean createdLater = !asOf.includes(f.createdAt);
            for (AuditEntry entry : changed.getOrDefault(f.id, List.of())) {
                if (entry.getAction() == AuditAction.CREATE) {
                    createdLater = true;
                }
                for (FieldChange change : entry.getChanges()) {
                    undo(f, change, memberIds, areaIds);
                }
            }
            if (!createdLater && f.wasPublic()) {
                consumer.accept(f);
            }
        }, cutoff);
    }

    private static void undo(FilingAsOf f, FieldChange change, Map<String, Long> memberIds, Map<String, Long> areaIds) {
        String old = change.oldValue();
        switch (change.field()) {
            case "legalStatus" -> f.legalStatus = old;
            case "office" -> f.office = old;
            case "applicationNumber" -> f.number = old;
            case "title" -> f.title = old;
            case "applicant" -> f.applicantId = memberIds.getOrDefault(old, f.applicantId);
            case "technologyArea" -> f.areaId = areaIds.getOrDefault(old, f.areaId);
            case "filingDate" -> f.filingDate = parseDate(old, f.filingDate);
            case "openLicence" -> f.openLicence = Boolean.parseBoolean(old);
            case "publicationNumber" -> f.publicationNumber = old;
            case "publicationDate" -> f.publicationDate = parseDate(old, f.publicationDate);
            case "coApplicants" -> f.coApplicantIds = names(old, memberIds);
            default -> {
                // Fields the "as of" pages do not count by (abstract, numbers, IPC classes, ...).
            }
        }
    }

    /**
     * One filing's fields as the audit trail shows them, as they stood at the end of the day; empty when
     * the filing was not on record yet then.
     */
    public java.util.Optional<Map<String, String>> filingFields(AsOf asOf, long id, Map<String, String> today,
            Instant createdAt) {
        if (!asOf.includes(createdAt)) {
            return java.util.Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>(today);
        for (AuditEntry entry : this.audit.history(FILING, id)) {
            if (asOf.includes(entry.getOccurredAt())) {
                break;
            }
            if (entry.getAction() == AuditAction.CREATE) {
                return java.util.Optional.empty();
            }
            entry.getChanges().forEach(c -> fields.put(c.field(), c.oldValue()));
        }
        return java.util.Optional.of(fields);
    }

    /** The assessments on record at the end of the day, with status, summary, review and evidence as they were. */
    public List<AssessmentAsOf> assessments(AsOf asOf) {
        Map<Long, AssessmentAsOf> now = new LinkedHashMap<>();
        Map<Long, Instant> known = new HashMap<>();
        for (ComplianceAssessment a : this.compliance.all()) {
            AssessmentAsOf state = new AssessmentAsOf(a.getId(), a.getMember().getId(), a.getClause().getNumber(),
                    a.getStatus() == null ? null : a.getStatus().name(), a.getSummary(), a.getReviewedOn());
            a.getEvidence().stream().map(Evidence::auditText).forEach(state.evidence::add);
            now.put(a.getId(), state);
            known.put(a.getId(), a.getUpdatedAt());
        }
        this.jdbc.query("select entity_id, min(occurred_at) from audit_entry where entity_type = ? group by entity_id",
                rs -> {
                    Instant first = rs.getTimestamp(2).toInstant();
                    known.merge(rs.getLong(1), first, (a, b) -> a == null || b.isBefore(a) ? b : a);
                }, ASSESSMENT);
        Set<Long> later = new HashSet<>();
        for (AuditEntry entry : changesAfter(asOf, List.of(ASSESSMENT))) {
            AssessmentAsOf a = now.get(entry.getEntityId());
            if (a == null) {
                continue;
            }
            if (entry.getAction() == AuditAction.CREATE) {
                later.add(a.id);
            }
            for (FieldChange change : entry.getChanges()) {
                switch (change.field()) {
                    case "status" -> a.status = change.oldValue();
                    case "summary" -> a.summary = change.oldValue();
                    case "reviewedOn" -> a.reviewedOn = parseDate(change.oldValue(), null);
                    case "evidence" -> {
                        if (change.newValue() != null) {
                            a.evidence.remove(change.newValue());
                        }
                        if (change.oldValue() != null) {
                            a.evidence.add(change.oldValue());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        List<AssessmentAsOf> result = new ArrayList<>(now.values());
        result.removeIf(a -> later.contains(a.id) || !asOf.includes(known.get(a.id)) || a.status == null);
        return result;
    }

    /**
     * The public changes made after the day, newest first: what separates the "as of" page from today's.
     * Changes to filings that are not public today are left out.
     */
    public List<AuditEntry> changesSince(AsOf asOf) {
        List<AuditEntry> changes = changesAfter(asOf, PUBLIC_TYPES);
        Set<Long> published = published(changes.stream()
            .filter(e -> FILING.equals(e.getEntityType()))
            .map(AuditEntry::getEntityId)
            .distinct()
            .toList());
        return changes.stream()
            .filter(e -> !FILING.equals(e.getEntityType()) || published.contains(e.getEntityId()))
            .toList();
    }

    /** Which of these filings are public today: asked for them alone, a thousand at a time, not for every filing. */
    private Set<Long> published(List<Long> ids) {
        Set<Long> published = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(from + 1000, ids.size()));
            published.addAll(this.jdbc.queryForList("select id from patent_filing where published = true and id in ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", Long.class,
                    chunk.toArray()));
        }
        return published;
    }

    private List<AuditEntry> changesAfter(AsOf asOf, List<String> types) {
        return this.audit.since(asOf.cutoff(), types);
    }

    List<MemberCompany> members() {
        return this.members.all();
    }

    List<TechnologyArea> areas() {
        return this.filings.areas();
    }

    /** The members named in an audited list of names ("[Baidu, JD.com]"); names of no member are left out. */
    private static Set<Long> names(String list, Map<String, Long> memberIds) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        if (list == null) {
            return ids;
        }
        String inner = list.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        for (String name : inner.split(",")) {
            Long id = memberIds.get(name.strip());
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A date as the audit trail writes it, or {@code null}. */
    static LocalDate date(String value) {
        return parseDate("null".equals(value) ? null : value, null);
    }

    private static LocalDate parseDate(String value, LocalDate otherwise) {
        try {
            return value == null ? null : LocalDate.parse(value);
        }
        catch (java.time.format.DateTimeParseException ex) {
            return otherwise;
        }
    }

}
