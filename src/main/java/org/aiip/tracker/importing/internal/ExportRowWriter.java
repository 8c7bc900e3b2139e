package org.aiip.tracker.importing.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FamilyJoiner;
import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.filing.FilingParty;
import org.aiip.tracker.filing.IpcSymbol;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PublicationNumber;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.Texts;

/**
 * Writes the checked rows of an export file inside the caller's transaction: new filings with their
 * applicants and owners as the file names them, their family references and the fingerprint of the
 * imported values; rows about filings on record (a later file, or the grant after the publication in
 * the same file) as a patch that fills gaps and takes newer values, but keeps fields changed by hand
 * unless the person chose the file's value. Each filing changed gets an audit entry naming the import;
 * the families of every filing written are joined.
 */
@Component
class ExportRowWriter {

    private static final String INSERT_FILING = """
            insert into patent_filing (office, application_number, applicant_id, title, abstract_text, filing_date,
                filing_year, filing_date_source, priority_date, publication_number, publication_date, grant_number,
                grant_date, legal_status, published, technology_area_id, open_licence, sample, source_url,
                publication_serial, grant_serial, applicant_count, import_fingerprint, version, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?, ?, ?, ?, ?, 0, ?, ?)""";

    private static final String UPDATE_FILING = """
            update patent_filing set application_number = ?, title = ?, abstract_text = ?, filing_date = ?,
                filing_year = ?, filing_date_source = ?, priority_date = ?, publication_number = ?, publication_date = ?,
                grant_number = ?, grant_date = ?, legal_status = ?, published = ?, source_url = ?,
                publication_serial = ?, grant_serial = ?, import_fingerprint = ?, version = version + 1, updated_at = ?
            where id = ?""";

    private static final String INSERT_PARTY = """
            insert into filing_party (filing_id, role, position, name, member_id)
            select ?, ?, (select coalesce(max(position), -1) + 1 from filing_party where filing_id = ?), ?, ?
            where not exists (select 1 from filing_party where filing_id = ? and role = ? and name = ?)""";

    private static final String INSERT_REF = """
            insert into filing_family_ref (filing_id, ref) select ?, ?
            where not exists (select 1 from filing_family_ref where filing_id = ? and ref = ?)""";

    private static final String INSERT_CO_APPLICANT = """
            insert into filing_co_applicant (filing_id, member_id) select ?, ?
            where not exists (select 1 from filing_co_applicant where filing_id = ? and member_id = ?)""";

    private final JdbcTemplate jdbc;

    private final ExistingFilings existing;

    private final FamilyJoiner families;

    private final FilingIndexer index;

    private final ApplicationEventPublisher events;

    ExportRowWriter(JdbcTemplate jdbc, ExistingFilings existing, FamilyJoiner families, ApplicationEventPublisher events,
            FilingIndexer index) {
        this.index = index;
        this.jdbc = jdbc;
        this.existing = existing;
        this.families = families;
        this.events = events;
    }

    /** The import a chunk belongs to, for the audit trail, and the conflicts decided for the file's value. */
    record Context(long jobId, String fileName, Set<String> chosen, MatchChoice onMatch) {

        String summary() {
            return "import #" + this.jobId + " (" + this.fileName + ")";
        }

    }

    /** Writes the rows without errors that do not wait; returns what was created and updated. */
    WriteCounts write(List<CheckedRow> chunk, Context context) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<CheckedRow> created = new ArrayList<>();
        List<CheckedRow> patches = new ArrayList<>();
        int skipped = 0;
        for (CheckedRow row : chunk) {
            if (row.hasErrors() || row.waits()) {
                continue;
            }
            if (row.existingId() == null && row.joinsRow() < 0) {
                created.add(row);
            }
            else if (row.existingId() != null && context.onMatch() == MatchChoice.SKIP) {
                skipped++;
            }
            else {
                patches.add(row);
            }
        }
        Map<Integer, Long> idsByRow = insert(created, now);
        Set<Long> touched = new LinkedHashSet<>(idsByRow.values());
        Map<Long, CheckedRow> targets = new LinkedHashMap<>();
        for (CheckedRow row : patches) {
            Long id = row.existingId() != null ? row.existingId() : idsByRow.get(row.joinsRow());
            if (id == null) {
                continue; // the row it joins was not written (it waits, or had errors)
            }
            targets.put(id, row);
        }
        int updated = patch(targets, context, now);
        touched.addAll(targets.keySet());
        addParties(targets);
        this.families.join(touched);
        // Written with SQL: the search index takes these filings once the transaction has committed.
        this.index.indexAfterCommit(touched);
        return new WriteCounts(created.size(), updated, skipped);
    }

    private Map<Integer, Long> insert(List<CheckedRow> rows, OffsetDateTime now) {
        Map<Integer, Long> ids = new HashMap<>();
        if (rows.isEmpty()) {
            return ids;
        }
        List<Long> generated = new ArrayList<>();
        this.jdbc.execute((java.sql.Connection connection) -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT_FILING, new String[] { "id" })) {
                for (CheckedRow row : rows) {
                    setInsert(ps, row, now);
                    ps.addBatch();
                }
                ps.executeBatch();
                try (var keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        generated.add(keys.getLong(1));
                    }
                }
            }
            return null;
        });
        List<Object[]> ipc = new ArrayList<>();
        List<Object[]> parties = new ArrayList<>();
        List<Object[]> refs = new ArrayList<>();
        List<Object[]> coApplicants = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CheckedRow row = rows.get(i);
            long id = generated.get(i);
            ids.put(row.row(), id);
            List<IpcSymbol> symbols = IpcSymbol.parseList(row.data().ipcClasses());
            for (int p = 0; p < symbols.size(); p++) {
                ipc.add(new Object[] { id, p, symbols.get(p).normalised() });
            }
            List<FilingParty> named = row.extras().parties();
            for (int p = 0; p < named.size(); p++) {
                parties.add(new Object[] { id, named.get(p).getRole().name(), p, named.get(p).getName(),
                        named.get(p).getMemberId() });
            }
            row.extras().familyRefs().forEach(ref -> refs.add(new Object[] { id, ref }));
            row.extras().coApplicantIds().forEach(member -> coApplicants.add(new Object[] { id, member }));
        }
        this.jdbc.batchUpdate("insert into filing_ipc (filing_id, position, symbol) values (?, ?, ?)", ipc);
        this.jdbc.batchUpdate("insert into filing_party (filing_id, role, position, name, member_id) values (?, ?, ?, ?, ?)",
                parties);
        this.jdbc.batchUpdate("insert into filing_family_ref (filing_id, ref) values (?, ?)", refs);
        this.jdbc.batchUpdate("insert into filing_co_applicant (filing_id, member_id) values (?, ?)", coApplicants);
        return ids;
    }

    private static void setInsert(PreparedStatement ps, CheckedRow row, OffsetDateTime now) throws SQLException {
        FilingData d = row.data();
        RowExtras x = row.extras();
        int i = 1;
        ps.setString(i++, d.office().name());
        ps.setString(i++, row.number() == null ? null : row.number().normalised());
        ps.setLong(i++, d.applicantId());
        ps.setString(i++, d.title().strip());
        ps.setString(i++, Texts.trimToNull(d.abstractText()));
        ps.setDate(i++, Date.valueOf(d.filingDate()));
        ps.setInt(i++, d.filingDate().getYear());
        ps.setString(i++, x.dateSource().name());
        setDate(ps, i++, d.priorityDate());
        ps.setString(i++, d.publicationNumber());
        setDate(ps, i++, d.publicationDate());
        ps.setString(i++, d.grantNumber());
        setDate(ps, i++, d.grantDate());
        ps.setString(i++, d.legalStatus().name());
        ps.setBoolean(i++, PatentFiling.isPublic(d.publicationNumber(), d.publicationDate()));
        ps.setLong(i++, row.areaId());
        ps.setString(i++, x.sourceUrl());
        ps.setString(i++, serial(d.publicationNumber()));
        ps.setString(i++, serial(d.grantNumber()));
        ps.setInt(i++, x.applicantCount());
        ps.setString(i++, ImportedFields.fingerprintOf(row));
        ps.setObject(i++, now);
        ps.setObject(i, now);
    }

    /** Applies each row to its filing as a patch; returns how many filings changed. */
    private int patch(Map<Long, CheckedRow> targets, Context context, OffsetDateTime now) {
        if (targets.isEmpty()) {
            return 0;
        }
        Map<Long, ExistingFilings.State> states = this.existing.statesOf(targets.keySet());
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> ipcDeletes = new ArrayList<>();
        List<Object[]> ipcInserts = new ArrayList<>();
        List<ExistingFilings.State> changedStates = new ArrayList<>();
        List<Map<String, String>> changeList = new ArrayList<>();
        for (Map.Entry<Long, CheckedRow> entry : targets.entrySet()) {
            ExistingFilings.State state = states.get(entry.getKey());
            CheckedRow row = entry.getValue();
            ImportedFields.Patch patch = ImportedFields.patch(state.id(), state.values(), state.dateSource(),
                    state.fingerprint(), row, context.chosen());
            Map<String, String> merged = new LinkedHashMap<>(state.values());
            merged.putAll(patch.changes());
            String print = ImportedFields.encode(patch.fingerprint());
            if (patch.changes().isEmpty() && print.equals(ImportedFields.encode(state.fingerprint()))) {
                continue;
            }
            FilingDateSource dateSource = patch.changes().containsKey("filingDate") ? row.extras().dateSource()
                    : state.dateSource();
            updates.add(updateArgs(state.id(), merged, dateSource, print, now));
            if (patch.changes().containsKey("ipcClasses")) {
                ipcDeletes.add(new Object[] { state.id() });
                List<IpcSymbol> symbols = IpcSymbol.parseList(merged.get("ipcClasses"));
                for (int p = 0; p < symbols.size(); p++) {
                    ipcInserts.add(new Object[] { state.id(), p, symbols.get(p).normalised() });
                }
            }
            if (!patch.changes().isEmpty()) {
                changedStates.add(state);
                changeList.add(patch.changes());
            }
        }
        this.jdbc.batchUpdate(UPDATE_FILING, updates);
        this.jdbc.batchUpdate("delete from filing_ipc where filing_id = ?", ipcDeletes);
        this.jdbc.batchUpdate("insert into filing_ipc (filing_id, position, symbol) values (?, ?, ?)", ipcInserts);
        for (int i = 0; i < changedStates.size(); i++) {
            ExistingFilings.State state = changedStates.get(i);
            Map<String, String> changes = changeList.get(i);
            List<FieldChange> fields = new ArrayList<>();
            changes.forEach((field, value) -> fields.add(new FieldChange(field, state.values().get(field), value)));
            this.events.publishEvent(new FilingReimported(state.id(), state.applicantId(), context.summary(), fields));
        }
        return changedStates.size();
    }

    private static Object[] updateArgs(long id, Map<String, String> v, FilingDateSource dateSource, String print,
            OffsetDateTime now) {
        LocalDate filingDate = LocalDate.parse(v.get("filingDate"));
        String publicationNumber = v.get("publicationNumber");
        LocalDate publicationDate = date(v.get("publicationDate"));
        return new Object[] { v.get("applicationNumber"), v.get("title"), v.get("abstract"), filingDate,
                filingDate.getYear(), dateSource.name(), date(v.get("priorityDate")), publicationNumber, publicationDate,
                v.get("grantNumber"), date(v.get("grantDate")), v.get("legalStatus"),
                PatentFiling.isPublic(publicationNumber, publicationDate), v.get("sourceUrl"), serial(publicationNumber),
                serial(v.get("grantNumber")), print, now, id };
    }

    // Names, owners, co-applicant members and family references a later row brings are added.
    private void addParties(Map<Long, CheckedRow> targets) {
        List<Object[]> parties = new ArrayList<>();
        List<Object[]> refs = new ArrayList<>();
        List<Object[]> coApplicants = new ArrayList<>();
        targets.forEach((id, row) -> {
            for (FilingParty party : row.extras().parties()) {
                parties.add(new Object[] { id, party.getRole().name(), id, party.getName(), party.getMemberId(), id,
                        party.getRole().name(), party.getName() });
            }
            row.extras().familyRefs().forEach(ref -> refs.add(new Object[] { id, ref, id, ref }));
            row.extras().coApplicantIds().forEach(m -> coApplicants.add(new Object[] { id, m, id, m }));
        });
        this.jdbc.batchUpdate(INSERT_PARTY, parties);
        this.jdbc.batchUpdate(INSERT_REF, refs);
        this.jdbc.batchUpdate(INSERT_CO_APPLICANT, coApplicants);
    }

    private static String serial(String number) {
        return number == null ? null : PublicationNumber.tryParse(number).map(PublicationNumber::serial).orElse(null);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        }
        else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

}
