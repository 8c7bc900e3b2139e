package org.aiip.tracker.filing;

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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.system.Texts;

/**
 * The one way to write many filings at once (the CSV import, the synthetic sample, the generator): JDBC
 * batches into {@code patent_filing} and {@code filing_ipc}, inside the caller's transaction. Values are
 * stored as the filing form stores them ({@link Row#of}). The caller hands what was written to the
 * {@link FilingIndexer} and recounts {@link FilingCounts} when its transaction is done.
 */
@Component
public class FilingBulkWriter {

    private static final String INSERT_FILING = """
            insert into patent_filing (office, application_number, applicant_id, title, abstract_text, filing_date,
                filing_year, priority_date, publication_number, publication_date, grant_number, grant_date,
                legal_status, published, technology_area_id, open_licence, licence_terms, family_key, sample,
                version, created_at, updated_at, publication_serial, grant_serial)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""";

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

    FilingBulkWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One filing as it is stored.
     *
     * @param ipcSymbols the normalised symbols, in order
     */
    public record Row(ApplicationNumber number, long applicantId, long areaId, String title, String abstractText,
            LocalDate filingDate, LocalDate priorityDate, String publicationNumber, LocalDate publicationDate,
            String grantNumber, LocalDate grantDate, LegalStatus legalStatus, boolean openLicence, String licenceTerms,
            String familyKey, List<String> ipcSymbols) {

        /**
         * The data as the filing form stores it: trimmed, blanks as null, IPC symbols normalised, licence terms
         * only with an open licence.
         */
        public static Row of(ApplicationNumber number, FilingData d, long areaId) {
            return new Row(number, d.applicantId(), areaId, d.title().trim(), Texts.trimToNull(d.abstractText()),
                    d.filingDate(), d.priorityDate(), Texts.trimToNull(d.publicationNumber()), d.publicationDate(),
                    Texts.trimToNull(d.grantNumber()), d.grantDate(), d.legalStatus(), d.openLicence(),
                    d.openLicence() ? Texts.trimToNull(d.licenceTerms()) : null, Texts.trimToNull(d.familyKey()),
                    IpcSymbol.parseList(d.ipcClasses()).stream().map(IpcSymbol::normalised).toList());
        }

    }

    /** Where the rows come from: real records, or the synthetic sample (marked, and never matched by serials). */
    public enum Origin {

        RECORD, SAMPLE

    }

    /** Inserts new filings with their IPC symbols; returns them as written, ids included, in the order given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WrittenFiling> insert(List<Row> rows, Origin origin) {
        if (rows.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean sample = origin == Origin.SAMPLE;
        this.jdbc.batchUpdate(INSERT_FILING, rows, rows.size(), (ps, row) -> {
            ps.setString(1, row.number().office().name());
            ps.setString(2, row.number().normalised());
            int next = setFields(ps, 3, row);
            ps.setBoolean(next, sample);
            ps.setObject(next + 1, now);
            ps.setObject(next + 2, now);
            // A sample filing's made-up publication numbers must never match a real one.
            ps.setString(next + 3, sample ? null : serial(row.publicationNumber()));
            ps.setString(next + 4, sample ? null : serial(row.grantNumber()));
        });
        Map<String, Long> ids = idsOf(rows);
        List<Object[]> ipc = new ArrayList<>();
        List<WrittenFiling> written = new ArrayList<>(rows.size());
        for (Row row : rows) {
            long id = ids.get(key(row.number().office(), row.number().normalised()));
            addIpc(ipc, id, row);
            written.add(new WrittenFiling(id, row.number().office(), row.number().normalised(), row.applicantId(),
                    row.areaId(), row.title(), row.abstractText(), row.filingDate(), row.legalStatus(),
                    row.publicationDate(), row.ipcSymbols(), row.openLicence(), row.familyKey(), now.toInstant(), 0));
        }
        this.jdbc.batchUpdate(INSERT_IPC, ipc);
        return written;
    }

    /** Overwrites existing filings field by field, replacing their IPC symbols; {@code ids} in the rows' order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(List<Row> rows, List<Long> ids) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Integer> positions = java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
        this.jdbc.batchUpdate(UPDATE_FILING, positions, positions.size(), (ps, i) -> {
            Row row = rows.get(i);
            int next = setFields(ps, 1, row);
            ps.setObject(next, now);
            // A filing known by its publication only gets the application number the row brings.
            ps.setString(next + 1, row.number().normalised());
            ps.setString(next + 2, serial(row.publicationNumber()));
            ps.setString(next + 3, serial(row.grantNumber()));
            ps.setLong(next + 4, ids.get(i));
        });
        this.jdbc.batchUpdate(DELETE_IPC, ids.stream().map(id -> new Object[] { id }).toList());
        List<Object[]> ipc = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            addIpc(ipc, ids.get(i), rows.get(i));
        }
        this.jdbc.batchUpdate(INSERT_IPC, ipc);
    }

    private static void addIpc(List<Object[]> ipc, long id, Row row) {
        for (int i = 0; i < row.ipcSymbols().size(); i++) {
            ipc.add(new Object[] { id, i, row.ipcSymbols().get(i) });
        }
    }

    /** Sets applicant_id to family_key, in the order both statements list them; returns the next index. */
    private static int setFields(PreparedStatement ps, int first, Row row) throws SQLException {
        int i = first;
        ps.setLong(i++, row.applicantId());
        ps.setString(i++, row.title());
        ps.setString(i++, row.abstractText());
        ps.setDate(i++, Date.valueOf(row.filingDate()));
        ps.setInt(i++, row.filingDate().getYear());
        setDate(ps, i++, row.priorityDate());
        ps.setString(i++, row.publicationNumber());
        setDate(ps, i++, row.publicationDate());
        ps.setString(i++, row.grantNumber());
        setDate(ps, i++, row.grantDate());
        ps.setString(i++, row.legalStatus().name());
        ps.setBoolean(i++, PatentFiling.isPublic(row.publicationNumber(), row.publicationDate()));
        ps.setLong(i++, row.areaId());
        ps.setBoolean(i++, row.openLicence());
        ps.setString(i++, row.licenceTerms());
        ps.setString(i++, row.familyKey());
        return i;
    }

    /** The ids of the rows just inserted, by office and number: one query per office. */
    private Map<String, Long> idsOf(List<Row> rows) {
        Map<PatentOffice, List<String>> byOffice = new EnumMap<>(PatentOffice.class);
        rows.forEach(row -> byOffice.computeIfAbsent(row.number().office(), o -> new ArrayList<>())
            .add(row.number().normalised()));
        Map<String, Long> ids = new HashMap<>();
        byOffice.forEach((office, numbers) -> this.jdbc.query(NEW_IDS, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("varchar", numbers.toArray()));
            ps.setString(2, office.name());
        }, rs -> {
            ids.put(key(office, rs.getString(1)), rs.getLong(2));
        }));
        return ids;
    }

    private static String key(PatentOffice office, String normalisedNumber) {
        return office.name() + ' ' + normalisedNumber;
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
        return number == null ? null : PublicationNumber.tryParse(number).map(PublicationNumber::serial).orElse(null);
    }

}
