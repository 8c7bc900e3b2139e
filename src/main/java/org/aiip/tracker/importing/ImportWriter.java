package org.aiip.tracker.importing;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.filing.IpcSymbol;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.system.Texts;

/**
 * Writes the rows of a checked chunk with JDBC batches inside the caller's transaction: new
 * filings are inserted, matching ones updated field by field (or skipped), and their IPC symbols
 * replaced. Values are stored as the filing form stores them: trimmed, blanks as null, IPC
 * symbols normalised, licence terms only with an open licence. The search index takes the written
 * filings once the transaction has committed.
 */
@Component
class ImportWriter {

    private static final String INSERT_FILING = """
            insert into patent_filing (office, application_number, applicant_id, title, abstract_text, filing_date,
                filing_year, priority_date, publication_number, publication_date, grant_number, grant_date,
                legal_status, published, technology_area_id, open_licence, licence_terms, family_key, sample,
                version, created_at, updated_at, publication_serial, grant_serial)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?, ?, ?)""";

    private static final String UPDATE_FILING = """
            update patent_filing set applicant_id = ?, title = ?, abstract_text = ?, filing_date = ?, filing_year = ?,
                priority_date = ?, publication_number = ?, publication_date = ?, grant_number = ?, grant_date = ?,
                legal_status = ?, published = ?, technology_area_id = ?, open_licence = ?, licence_terms = ?,
                family_key = ?, version = version + 1, updated_at = ?, application_number = ?,
                filing_date_source = 'FILED', publication_serial = ?, grant_serial = ?
            where id = ?""";

    // The identity ids of a batch are not known; the unique office + number finds the new rows.
    private static final String NEW_IDS = """
            select f.application_number, f.id
            from unnest(?) n(num) join patent_filing f on f.office = ? and f.application_number = n.num""";

    private static final String DELETE_IPC = "delete from filing_ipc where filing_id = ?";

    private static final String INSERT_IPC = "insert into filing_ipc (filing_id, position, symbol) values (?, ?, ?)";

    private final JdbcTemplate jdbc;

    private final FilingIndexer index;

    ImportWriter(JdbcTemplate jdbc, FilingIndexer index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** Writes the rows without errors; returns what was created, updated and skipped. */
    WriteCounts write(List<CheckedRow> chunk, MatchChoice onMatch) {
        List<CheckedRow> created = new ArrayList<>();
        List<CheckedRow> updated = new ArrayList<>();
        int skipped = 0;
        for (CheckedRow row : chunk) {
            if (row.hasErrors()) {
                continue;
            }
            if (!row.matches()) {
                created.add(row);
            }
            else if (onMatch == MatchChoice.UPDATE) {
                updated.add(row);
            }
            else {
                skipped++;
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        insert(created, now);
        update(updated, now);
        return new WriteCounts(created.size(), updated.size(), skipped);
    }

    private void insert(List<CheckedRow> rows, OffsetDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        this.jdbc.batchUpdate(INSERT_FILING, rows, rows.size(), (ps, row) -> {
            ps.setString(1, row.number().office().name());
            ps.setString(2, row.number().normalised());
            setFields(ps, 3, row);
            ps.setObject(19, now);
            ps.setObject(20, now);
            ps.setString(21, serial(row.data().publicationNumber()));
            ps.setString(22, serial(row.data().grantNumber()));
        });
        Map<String, Long> ids = idsOf(rows);
        List<Object[]> ipc = new ArrayList<>();
        for (CheckedRow row : rows) {
            Long id = ids.get(ExistingFilings.key(row.number().office(), row.number().normalised()));
            List<IpcSymbol> symbols = IpcSymbol.parseList(row.data().ipcClasses());
            for (int i = 0; i < symbols.size(); i++) {
                ipc.add(new Object[] { id, i, symbols.get(i).normalised() });
            }
        }
        this.jdbc.batchUpdate(INSERT_IPC, ipc);
        this.index.indexAfterCommit(ids.values());
    }

    private void update(List<CheckedRow> rows, OffsetDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        this.jdbc.batchUpdate(UPDATE_FILING, rows, rows.size(), (ps, row) -> {
            int next = setFields(ps, 1, row);
            ps.setObject(next, now);
            // A filing known by its publication only gets the application number the row brings.
            ps.setString(next + 1, row.number().normalised());
            ps.setString(next + 2, serial(row.data().publicationNumber()));
            ps.setString(next + 3, serial(row.data().grantNumber()));
            ps.setLong(next + 4, row.existingId());
        });
        this.jdbc.batchUpdate(DELETE_IPC, rows.stream().map(r -> new Object[] { r.existingId() }).toList());
        List<Object[]> ipc = new ArrayList<>();
        for (CheckedRow row : rows) {
            List<IpcSymbol> symbols = IpcSymbol.parseList(row.data().ipcClasses());
            for (int i = 0; i < symbols.size(); i++) {
                ipc.add(new Object[] { row.existingId(), i, symbols.get(i).normalised() });
            }
        }
        this.jdbc.batchUpdate(INSERT_IPC, ipc);
        this.index.indexAfterCommit(rows.stream().map(CheckedRow::existingId).toList());
    }

    /** Sets applicant_id to family_key, in the order both statements list them; returns the next index. */
    /** The ids of the rows just inserted, by office and number: one query per office. */
    private Map<String, Long> idsOf(List<CheckedRow> rows) {
        Map<PatentOffice, List<String>> byOffice = new EnumMap<>(PatentOffice.class);
        rows.forEach(row -> byOffice.computeIfAbsent(row.number().office(), o -> new ArrayList<>())
            .add(row.number().normalised()));
        Map<String, Long> ids = new HashMap<>();
        byOffice.forEach((office, numbers) -> this.jdbc.query(NEW_IDS, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("varchar", numbers.toArray()));
            ps.setString(2, office.name());
        }, rs -> {
            ids.put(ExistingFilings.key(office, rs.getString(1)), rs.getLong(2));
        }));
        return ids;
    }

    private static int setFields(PreparedStatement ps, int first, CheckedRow row) throws SQLException {
        FilingData d = row.data();
        int i = first;
        ps.setLong(i++, d.applicantId());
        ps.setString(i++, d.title().trim());
        ps.setString(i++, Texts.trimToNull(d.abstractText()));
        ps.setDate(i++, Date.valueOf(d.filingDate()));
        ps.setInt(i++, d.filingDate().getYear());
        setDate(ps, i++, d.priorityDate());
        ps.setString(i++, Texts.trimToNull(d.publicationNumber()));
        setDate(ps, i++, d.publicationDate());
        ps.setString(i++, Texts.trimToNull(d.grantNumber()));
        setDate(ps, i++, d.grantDate());
        ps.setString(i++, d.legalStatus().name());
        ps.setBoolean(i++, PatentFiling.isPublic(Texts.trimToNull(d.publicationNumber()), d.publicationDate()));
        ps.setLong(i++, row.areaId());
        ps.setBoolean(i++, d.openLicence());
        ps.setString(i++, d.openLicence() ? Texts.trimToNull(d.licenceTerms()) : null);
        ps.setString(i++, Texts.trimToNull(d.familyKey()));
        return i;
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        }
        else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    private static String serial(String number) {
        return number == null ? null
                : org.aiip.tracker.filing.PublicationNumber.tryParse(number).map(p -> p.serial()).orElse(null);
    }

}
