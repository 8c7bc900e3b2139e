package org.aiip.tracker.filing;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.system.Texts;

/**
 * The one way to write many filings at once (the CSV import, the export imports, the synthetic sample, the
 * generator): JDBC batches into {@code patent_filing}, {@code filing_ipc} and, for export rows, the parties, family
 * references and co-applicants, inside the caller's transaction. On PostgreSQL new filings and IPC rows go through
 * its COPY instead ({@link PostgresCopy}), and updates through COPY into a temporary table and one UPDATE from it.
 * The CSV import stores values as the filing form does ({@link Row#of}).
 * The caller hands what was written to the {@link FilingIndexer} and recounts {@link FilingCounts} when its
 * transaction is done.
 */
@Component
public class FilingBulkWriter {

    // The only insert into patent_filing (on PostgreSQL its COPY, COPY_FILING_COLUMNS). Rows without extras store
    // the columns' defaults (V37): the date as filed, one applicant, no source and no fingerprint.
    private static final String INSERT_FILING = """
            insert into patent_filing (office, application_number, applicant_id, title, abstract_text, filing_date,
                filing_year, priority_date, publication_number, publication_date, grant_number, grant_date,
                legal_status, published, technology_area_id, open_licence, licence_terms, family_key, sample,
                version, created_at, updated_at, publication_serial, grant_serial, filing_date_source, source_url,
                applicant_count, import_fingerprint)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""";

    // The same columns for PostgreSQL's COPY, with the id taken from the sequence and the version.
    private static final String COPY_FILING_COLUMNS = """
            id, office, application_number, applicant_id, title, abstract_text, filing_date, filing_year, priority_date,
            publication_number, publication_date, grant_number, grant_date, legal_status, published, technology_area_id,
            open_licence, licence_terms, family_key, sample, version, created_at, updated_at, publication_serial,
            grant_serial, filing_date_source, source_url, applicant_count, import_fingerprint""";

    // The columns an update writes, in setFields' order and then the number and the serials: a filing whose stored
    // values are all the row's already is left as it is (its version and updated_at too).
    private static final String UPDATED_COLUMNS = """
            applicant_id, title, abstract_text, filing_date, filing_year, priority_date, publication_number,
            publication_date, grant_number, grant_date, legal_status, published, technology_area_id, open_licence,
            licence_terms, family_key, application_number, publication_serial, grant_serial""";

    // How much of the filing date is known after the update: what the row says (a file's filing_date_known), else
    // the date of filing, unless the date is the one stored: then it is the filing's own and keeps its source (an
    // estimate from a register's export stays marked as one when an export without that column is imported back).
    private static final String DATE_SOURCE = "coalesce(%3$s, case when %1$sfiling_date = %2$s"
            + " then %1$sfiling_date_source else 'FILED' end)";

    private static final String UPDATE_FILING = """
            update patent_filing set applicant_id = ?, title = ?, abstract_text = ?, filing_date = ?, filing_year = ?,
                priority_date = ?, publication_number = ?, publication_date = ?, grant_number = ?, grant_date = ?,
                legal_status = ?, published = ?, technology_area_id = ?, open_licence = ?, licence_terms = ?,
                family_key = ?, version = version + 1, updated_at = ?, application_number = ?,
                filing_date_source = %1$s, publication_serial = ?, grant_serial = ?
            where id = ? and (%2$s, filing_date_source)
                is distinct from (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1$s)"""
        .formatted(DATE_SOURCE.formatted("", "?", "?"), UPDATED_COLUMNS);

    // PostgreSQL: a chunk's updates copied into a temporary table (gone at the commit), then one UPDATE from it.
    // Bound updates ran at about 14,000 rows a second there; PostgreSQL's own UPDATE ... FROM at about 37,000.
    private static final String UPDATE_TABLE = """
            create temporary table if not exists filing_update (id bigint primary key, applicant_id bigint,
                title text, abstract_text text, filing_date date, filing_year int, priority_date date,
                publication_number text, publication_date date, grant_number text, grant_date date, legal_status text,
                published boolean, technology_area_id bigint, open_licence boolean, licence_terms text,
                family_key text, application_number text, publication_serial text, grant_serial text,
                filing_date_source text)
            on commit drop""";

    private static final String UPDATE_COLUMNS = """
            id, applicant_id, title, abstract_text, filing_date, filing_year, priority_date, publication_number,
            publication_date, grant_number, grant_date, legal_status, published, technology_area_id, open_licence,
            licence_terms, family_key, application_number, publication_serial, grant_serial, filing_date_source""";

    private static final String UPDATE_FROM_TABLE = """
            update patent_filing f set applicant_id = u.applicant_id, title = u.title, abstract_text = u.abstract_text,
                filing_date = u.filing_date, filing_year = u.filing_year, priority_date = u.priority_date,
                publication_number = u.publication_number, publication_date = u.publication_date,
                grant_number = u.grant_number, grant_date = u.grant_date, legal_status = u.legal_status,
                published = u.published, technology_area_id = u.technology_area_id, open_licence = u.open_licence,
                licence_terms = u.licence_terms, family_key = u.family_key, version = f.version + 1, updated_at = ?,
                application_number = u.application_number, filing_date_source = %1$s,
                publication_serial = u.publication_serial, grant_serial = u.grant_serial
            from filing_update u where f.id = u.id and (%2$s, f.filing_date_source) is distinct from (%3$s, %1$s)
            returning f.id""".formatted(DATE_SOURCE.formatted("f.", "u.filing_date", "u.filing_date_source"),
                    UPDATED_COLUMNS.replaceAll("(\\w+)", "f.$1"), UPDATED_COLUMNS.replaceAll("(\\w+)", "u.$1"));

    private static final String PATCH_FILING = """
            update patent_filing set application_number = ?, title = ?, abstract_text = ?, filing_date = ?,
                filing_year = ?, filing_date_source = ?, priority_date = ?, publication_number = ?, publication_date = ?,
                grant_number = ?, grant_date = ?, legal_status = ?, published = ?, source_url = ?,
                publication_serial = ?, grant_serial = ?, import_fingerprint = ?, version = version + 1, updated_at = ?,
                sample = false
            where id = ?""";

    private static final String DELETE_IPC = "delete from filing_ipc where filing_id = ?";

    private static final String INSERT_IPC = "insert into filing_ipc (filing_id, position, symbol) values (?, ?, ?)";

    private static final String INSERT_PARTY =
            "insert into filing_party (filing_id, role, position, name, member_id) values (?, ?, ?, ?, ?)";

    private static final String INSERT_REF = "insert into filing_family_ref (filing_id, ref) values (?, ?)";

    private static final String INSERT_CO_APPLICANT =
            "insert into filing_co_applicant (filing_id, member_id) values (?, ?)";

    private static final String ADD_PARTY = """
            insert into filing_party (filing_id, role, position, name, member_id)
            select ?, ?, (select coalesce(max(position), -1) + 1 from filing_party where filing_id = ?), ?, ?
            where not exists (select 1 from filing_party where filing_id = ? and role = ? and name = ?)""";

    private static final String ADD_REF = """
            insert into filing_family_ref (filing_id, ref) select ?, ?
            where not exists (select 1 from filing_family_ref where filing_id = ? and ref = ?)""";

    private static final String ADD_CO_APPLICANT = """
            insert into filing_co_applicant (filing_id, member_id) select ?, ?
            where not exists (select 1 from filing_co_applicant where filing_id = ? and member_id = ?)""";

    private static final String SAMPLE_IDS = "select id from patent_filing where sample = true";

    private final JdbcTemplate jdbc;

    private final FilingMatches matches;

    FilingBulkWriter(JdbcTemplate jdbc, FilingMatches matches) {
        this.jdbc = jdbc;
        this.matches = matches;
    }

    /**
     * One filing as it is stored.
     *
     * @param number the application number; null for a filing known by its publication only (an export row, or a
     *        tracker row naming such a filing by its publication number)
     * @param ipcSymbols the normalised symbols, in order ({@link #normalisedIpc})
     */
    public record Row(PatentOffice office, ApplicationNumber number, long applicantId, long areaId, String title,
            String abstractText, LocalDate filingDate, LocalDate priorityDate, String publicationNumber,
            LocalDate publicationDate, String grantNumber, LocalDate grantDate, LegalStatus legalStatus,
            boolean openLicence, String licenceTerms, String familyKey, List<String> ipcSymbols) {

        /**
         * The data as the filing form stores it: trimmed, blanks as null, IPC symbols normalised, licence terms
         * only with an open licence.
         */
        public static Row of(ApplicationNumber number, FilingData d, long areaId) {
            return new Row(d.office(), number, d.applicantId(), areaId, d.title().trim(),
                    Texts.trimToNull(d.abstractText()), d.filingDate(), d.priorityDate(),
                    Texts.trimToNull(d.publicationNumber()), d.publicationDate(), Texts.trimToNull(d.grantNumber()),
                    d.grantDate(), d.legalStatus(), d.openLicence(),
                    d.openLicence() ? Texts.trimToNull(d.licenceTerms()) : null, Texts.trimToNull(d.familyKey()),
                    normalisedIpc(d.ipcClasses()));
        }

    }

    /**
     * What an export row stores besides the filing's fields: how much of the filing date is known, where the
     * filing can be checked, how many applicants it names, the fingerprint of the imported values, and the
     * applicants and owners as named, the family references and the co-applicant members.
     */
    public record Extras(FilingDateSource dateSource, String sourceUrl, int applicantCount, String fingerprint,
            List<FilingParty> parties, Collection<String> familyRefs, Collection<Long> coApplicantIds) {

        /** A filing from the form, the CSV import or the sample: the columns' defaults, nobody else named. */
        public static final Extras NONE = new Extras(FilingDateSource.FILED, null, 1, null, List.of(), Set.of(),
                List.of());

        /** A filing of the CSV import whose file says how much of its date is known: else as {@link #NONE}. */
        public static Extras dated(FilingDateSource dateSource) {
            return dateSource == null || dateSource == FilingDateSource.FILED ? NONE
                    : new Extras(dateSource, null, 1, null, List.of(), Set.of(), List.of());
        }

    }

    /**
     * An export row's values for a filing on record (the fields the row does not change as they are now).
     *
     * @param ipcSymbols the normalised symbols that replace the filing's ({@link #normalisedIpc}); null keeps them
     */
    public record Patch(long id, String applicationNumber, String title, String abstractText, LocalDate filingDate,
            FilingDateSource dateSource, LocalDate priorityDate, String publicationNumber, LocalDate publicationDate,
            String grantNumber, LocalDate grantDate, LegalStatus legalStatus, String sourceUrl, String fingerprint,
            List<String> ipcSymbols) {
    }

    /** The IPC symbols of a list as typed or read ({@link IpcSymbol#parseList}), normalised, in order. */
    public static List<String> normalisedIpc(String ipcClasses) {
        return IpcSymbol.parseList(ipcClasses).stream().map(IpcSymbol::normalised).toList();
    }

    /** Where the rows come from: real records, or the synthetic sample (marked, and never matched by serials). */
    public enum Origin {

        RECORD, SAMPLE

    }

    /** Inserts new filings with their IPC symbols; returns them as written, ids included, in the order given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WrittenFiling> insert(List<Row> rows, Origin origin) {
        return insert(rows, Collections.nCopies(rows.size(), Extras.NONE), origin);
    }

    /**
     * Inserts new filings with their IPC symbols and their {@code extras} (in the rows' order): parties, family
     * references and co-applicants; returns them as written, ids included, in the order given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WrittenFiling> insert(List<Row> rows, List<Extras> extras, Origin origin) {
        if (rows.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean sample = origin == Origin.SAMPLE;
        List<Long> ids = this.jdbc.execute((Connection connection) -> PostgresCopy.supports(connection)
                ? copyFilings(connection, rows, extras, sample, now)
                : insertFilings(connection, rows, extras, sample, now));
        if (ids == null || ids.size() != rows.size()) {
            throw new IllegalStateException("Inserted " + rows.size() + " filings but got "
                    + (ids == null ? 0 : ids.size()) + " ids");
        }
        List<Object[]> ipc = new ArrayList<>();
        List<Object[]> parties = new ArrayList<>();
        List<Object[]> refs = new ArrayList<>();
        List<Object[]> coApplicants = new ArrayList<>();
        List<WrittenFiling> written = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Extras x = extras.get(r);
            long id = ids.get(r);
            addIpc(ipc, id, row.ipcSymbols());
            for (int p = 0; p < x.parties().size(); p++) {
                FilingParty party = x.parties().get(p);
                parties.add(new Object[] { id, party.getRole().name(), p, party.getName(), party.getMemberId() });
            }
            x.familyRefs().forEach(ref -> refs.add(new Object[] { id, ref }));
            x.coApplicantIds().forEach(member -> coApplicants.add(new Object[] { id, member }));
            written.add(new WrittenFiling(id, row.office(), normalised(row.number()),
                    row.publicationNumber(), row.applicantId(), row.areaId(), row.title(), row.abstractText(),
                    row.filingDate(), row.legalStatus(), row.publicationDate(), row.ipcSymbols(), row.openLicence(),
                    row.familyKey(), now.toInstant(), 0, sample));
        }
        insertIpc(ipc);
        this.jdbc.batchUpdate(INSERT_PARTY, parties);
        this.jdbc.batchUpdate(INSERT_REF, refs);
        this.jdbc.batchUpdate(INSERT_CO_APPLICANT, coApplicants);
        return written;
    }

    /**
     * Overwrites existing filings field by field, replacing their IPC symbols where they differ; {@code ids} in the
     * rows' order. A filing's IPC rows are deleted and written again only when the row brings other symbols or
     * another order: re-importing an export mostly brings the same ones, and those rows were most of the writes of
     * an update (two rows a filing, each in two indexes, against one index of the filing whose values change).
     * A filing that already has every value the row brings is not written at all: its version stays (a form opened
     * on it can still be saved), and so does its time of change.
     *
     * @return the filings that changed, in the rows' order
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> update(List<Row> rows, List<Long> ids) {
        return update(rows, ids, Collections.nCopies(rows.size(), null));
    }

    /**
     * As {@link #update(List, List)}, with how much of each row's filing date is known ({@code dateSources} in the
     * rows' order): a source replaces the filing's; null keeps it when the date is the one stored, else the date is
     * the date of filing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> update(List<Row> rows, List<Long> ids, List<FilingDateSource> dateSources) {
        Set<Long> changed = new java.util.LinkedHashSet<>();
        if (rows.isEmpty()) {
            return changed;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Set<Long> copied = this.jdbc.execute((Connection connection) -> PostgresCopy.supports(connection)
                ? copyUpdates(connection, rows, ids, dateSources, now) : null);
        Set<Long> written = copied != null ? copied : batchUpdates(rows, ids, dateSources, now);
        Map<Long, Integer> lastRow = lastRowOf(ids);
        Map<Long, List<String>> stored = this.matches.ipcSymbols(lastRow.keySet());
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> ipc = new ArrayList<>();
        lastRow.forEach((id, i) -> {
            List<String> symbols = rows.get(i).ipcSymbols();
            boolean ipcChanged = !symbols.equals(stored.getOrDefault(id, List.of()));
            if (ipcChanged) {
                deletes.add(new Object[] { id });
                addIpc(ipc, id, symbols);
            }
            if (ipcChanged || written.contains(id)) {
                changed.add(id);
            }
        });
        this.jdbc.batchUpdate(DELETE_IPC, deletes);
        insertIpc(ipc);
        return changed;
    }

    /** Bound updates, one a row; returns the filings written (an update that found its values there counts 0). */
    private Set<Long> batchUpdates(List<Row> rows, List<Long> ids, List<FilingDateSource> dateSources,
            OffsetDateTime now) {
        List<Integer> positions = java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
        int[][] counts = this.jdbc.batchUpdate(UPDATE_FILING, positions, positions.size(), (ps, i) -> {
            Row row = rows.get(i);
            FilingDateSource source = dateSources.get(i);
            int next = setFields(ps, 1, row);
            ps.setObject(next, now);
            // A filing known by its publication only gets the application number the row brings, if it brings one.
            ps.setString(next + 1, normalised(row.number()));
            ps.setString(next + 2, source == null ? null : source.name());
            ps.setDate(next + 3, Date.valueOf(row.filingDate())); // the date's source: kept when the date is
            ps.setString(next + 4, serial(row.publicationNumber()));
            ps.setString(next + 5, serial(row.grantNumber()));
            ps.setLong(next + 6, ids.get(i));
            next = setFields(ps, next + 7, row); // the same values again, to compare with the stored ones
            ps.setString(next, normalised(row.number()));
            ps.setString(next + 1, serial(row.publicationNumber()));
            ps.setString(next + 2, serial(row.grantNumber()));
            ps.setString(next + 3, source == null ? null : source.name());
            ps.setDate(next + 4, Date.valueOf(row.filingDate()));
        });
        Set<Long> written = new java.util.HashSet<>();
        for (int i = 0, r = 0; i < counts.length; i++) {
            for (int count : counts[i]) {
                // A driver that cannot tell (SUCCESS_NO_INFO) is taken to have written the row.
                if (count != 0) {
                    written.add(ids.get(r));
                }
                r++;
            }
        }
        return written;
    }

    /** Each filing's last row among the rows ({@code ids} in the rows' order), in the order the filings come. */
    private static Map<Long, Integer> lastRowOf(List<Long> ids) {
        Map<Long, Integer> last = new java.util.LinkedHashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            last.put(ids.get(r), r);
        }
        return last;
    }

    /**
     * The updates through COPY into {@code filing_update} and one UPDATE from it (PostgreSQL). A filing that two rows
     * of the chunk update takes the later row's values, as with the bound updates one after the other.
     */
    private static Set<Long> copyUpdates(Connection connection, List<Row> rows, List<Long> ids,
            List<FilingDateSource> dateSources, OffsetDateTime now) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(UPDATE_TABLE);
            statement.execute("truncate filing_update");
        }
        PostgresCopy.Rows copy = new PostgresCopy.Rows();
        lastRowOf(ids).forEach((id, r) -> {
            Row row = rows.get(r);
            copyFields(copy.value(id), row)
                .value(normalised(row.number())) // a filing known by its publication only gets the row's number
                .value(serial(row.publicationNumber()))
                .value(serial(row.grantNumber()))
                .value(dateSources.get(r) == null ? null : dateSources.get(r).name())
                .end();
        });
        PostgresCopy.copy(connection, "filing_update", UPDATE_COLUMNS, copy);
        Set<Long> written = new java.util.HashSet<>();
        try (PreparedStatement update = connection.prepareStatement(UPDATE_FROM_TABLE)) {
            update.setObject(1, now);
            try (ResultSet result = update.executeQuery()) {
                while (result.next()) {
                    written.add(result.getLong(1));
                }
            }
        }
        return written;
    }

    /**
     * Applies export rows to filings on record: their fields as given, and their IPC symbols replaced where the
     * patch brings them. The parties, references and co-applicants the rows add are {@link #addMissing}'s. A
     * filing that a public register's export describes is real: a synthetic sample filing that happened to have
     * its number stops being sample (else it would be hidden from "real filings only" and deleted with the sample).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void patch(List<Patch> patches) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> ipcDeletes = new ArrayList<>();
        List<Object[]> ipcInserts = new ArrayList<>();
        for (Patch p : patches) {
            updates.add(new Object[] { p.applicationNumber(), p.title(), p.abstractText(), p.filingDate(),
                    p.filingDate().getYear(), p.dateSource().name(), p.priorityDate(), p.publicationNumber(),
                    p.publicationDate(), p.grantNumber(), p.grantDate(), p.legalStatus().name(),
                    PatentFiling.isPublic(p.publicationNumber(), p.publicationDate()), p.sourceUrl(),
                    serial(p.publicationNumber()), serial(p.grantNumber()), p.fingerprint(), now, p.id() });
            if (p.ipcSymbols() != null) {
                ipcDeletes.add(new Object[] { p.id() });
                addIpc(ipcInserts, p.id(), p.ipcSymbols());
            }
        }
        this.jdbc.batchUpdate(PATCH_FILING, updates);
        this.jdbc.batchUpdate(DELETE_IPC, ipcDeletes);
        insertIpc(ipcInserts);
    }

    /**
     * Adds to filings on record the parties (after the ones they have), family references and co-applicant
     * members their extras name and they do not have yet; the other extras are not used.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addMissing(Map<Long, Extras> extrasByFiling) {
        List<Object[]> parties = new ArrayList<>();
        List<Object[]> refs = new ArrayList<>();
        List<Object[]> coApplicants = new ArrayList<>();
        extrasByFiling.forEach((id, x) -> {
            for (FilingParty party : x.parties()) {
                parties.add(new Object[] { id, party.getRole().name(), id, party.getName(), party.getMemberId(), id,
                        party.getRole().name(), party.getName() });
            }
            x.familyRefs().forEach(ref -> refs.add(new Object[] { id, ref, id, ref }));
            x.coApplicantIds().forEach(m -> coApplicants.add(new Object[] { id, m, id, m }));
        });
        this.jdbc.batchUpdate(ADD_PARTY, parties);
        this.jdbc.batchUpdate(ADD_REF, refs);
        this.jdbc.batchUpdate(ADD_CO_APPLICANT, coApplicants);
    }

    /** The filings as one JDBC batch; returns their generated ids in the rows' order. */
    private static List<Long> insertFilings(Connection connection, List<Row> rows, List<Extras> extras, boolean sample,
            OffsetDateTime now) throws SQLException {
        // Generated keys, not a look-up by office and number: a filing known by its publication has no number.
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement ps = connection.prepareStatement(INSERT_FILING, new String[] { "id" })) {
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                Extras x = extras.get(r);
                ps.setString(1, row.office().name());
                ps.setString(2, normalised(row.number()));
                int next = setFields(ps, 3, row);
                ps.setBoolean(next, sample);
                ps.setObject(next + 1, now);
                ps.setObject(next + 2, now);
                // A sample filing's made-up publication numbers must never match a real one.
                ps.setString(next + 3, sample ? null : serial(row.publicationNumber()));
                ps.setString(next + 4, sample ? null : serial(row.grantNumber()));
                ps.setString(next + 5, x.dateSource().name());
                ps.setString(next + 6, x.sourceUrl());
                ps.setInt(next + 7, x.applicantCount());
                ps.setString(next + 8, x.fingerprint());
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * The filings through PostgreSQL's COPY (the same columns and values as {@link #insertFilings}), with ids taken
     * from the identity's sequence first; returns the ids in the rows' order.
     */
    private static List<Long> copyFilings(Connection connection, List<Row> rows, List<Extras> extras, boolean sample,
            OffsetDateTime now) throws SQLException {
        List<Long> ids = PostgresCopy.nextFilingIds(connection, rows.size());
        PostgresCopy.Rows copy = new PostgresCopy.Rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Extras x = extras.get(r);
            copy.value(ids.get(r))
                .value(row.office().name())
                .value(normalised(row.number()));
            copyFields(copy, row)
                .value(sample)
                .value(0)
                .value(now)
                .value(now)
                .value(sample ? null : serial(row.publicationNumber()))
                .value(sample ? null : serial(row.grantNumber()))
                .value(x.dateSource().name())
                .value(x.sourceUrl())
                .value(x.applicantCount())
                .value(x.fingerprint())
                .end();
        }
        PostgresCopy.copy(connection, "patent_filing", COPY_FILING_COLUMNS, copy);
        return ids;
    }

    /** New IPC rows ({@code filing_id, position, symbol}): COPY on PostgreSQL, else a JDBC batch. */
    private void insertIpc(List<Object[]> ipc) {
        if (ipc.isEmpty()) {
            return;
        }
        Boolean copied = this.jdbc.execute((Connection connection) -> {
            if (!PostgresCopy.supports(connection)) {
                return false;
            }
            PostgresCopy.Rows copy = new PostgresCopy.Rows();
            ipc.forEach(values -> copy.value(values[0]).value(values[1]).value(values[2]).end());
            PostgresCopy.copy(connection, "filing_ipc", "filing_id, position, symbol", copy);
            return true;
        });
        if (!Boolean.TRUE.equals(copied)) {
            this.jdbc.batchUpdate(INSERT_IPC, ipc);
        }
    }

    /**
     * After a bulk load, outside its transaction: refreshes PostgreSQL's planner statistics of the filing tables, as
     * its manual advises after loading data ("Populating a Database": run ANALYZE afterwards). Until autovacuum gets
     * to them (never, where it is off) the planner guesses: at a million generated filings the import's look-up of
     * a chunk's IPC symbols by 1,000 ids scanned all of {@code filing_ipc}, about 100 ms a chunk instead of 1, and
     * its write took 17 s instead of 7. A few hundred milliseconds at a million filings. H2 keeps its own statistics
     * as rows change.
     */
    public void analyse() {
        this.jdbc.execute((Connection connection) -> {
            if (PostgresCopy.supports(connection)) {
                try (Statement statement = connection.createStatement()) {
                    for (String table : ANALYSED) {
                        statement.execute("analyze " + table);
                    }
                }
            }
            return null;
        });
    }

    /** The tables bulk loads fill, whose statistics {@link #analyse} refreshes. */
    private static final List<String> ANALYSED = List.of("patent_filing", "filing_ipc", "filing_party",
            "filing_family_ref", "filing_co_applicant", "filing_count");

    /** Whether any sample filing is stored. */
    public boolean hasSample() {
        return !this.jdbc.queryForList(SAMPLE_IDS + " fetch first 1 rows only", Long.class).isEmpty();
    }

    /**
     * Deletes the sample filings with their IPC symbols and co-applicants (real filings are not touched); returns
     * their ids, for the caller to hand to the search index.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> deleteSample() {
        List<Long> ids = this.jdbc.queryForList(SAMPLE_IDS, Long.class);
        this.jdbc.update("delete from filing_ipc where filing_id in (select id from patent_filing where sample = true)");
        this.jdbc.update(
                "delete from filing_co_applicant where filing_id in (select id from patent_filing where sample = true)");
        this.jdbc.update("delete from patent_filing where sample = true");
        return ids;
    }

    private static void addIpc(List<Object[]> ipc, long id, List<String> symbols) {
        for (int i = 0; i < symbols.size(); i++) {
            ipc.add(new Object[] { id, i, symbols.get(i) });
        }
    }

    /** Sets applicant_id to family_key, in the order both statements list them; returns the next index. */
    /** The values {@link #setFields} binds, in the same order, for COPY. */
    private static PostgresCopy.Rows copyFields(PostgresCopy.Rows copy, Row row) {
        return copy.value(row.applicantId())
            .value(row.title())
            .value(row.abstractText())
            .value(row.filingDate())
            .value(row.filingDate().getYear())
            .value(row.priorityDate())
            .value(row.publicationNumber())
            .value(row.publicationDate())
            .value(row.grantNumber())
            .value(row.grantDate())
            .value(row.legalStatus().name())
            .value(PatentFiling.isPublic(row.publicationNumber(), row.publicationDate()))
            .value(row.areaId())
            .value(row.openLicence())
            .value(row.licenceTerms())
            .value(row.familyKey());
    }

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

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        }
        else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    private static String normalised(ApplicationNumber number) {
        return number == null ? null : number.normalised();
    }

    private static String serial(String number) {
        return number == null ? null : PublicationNumber.tryParse(number).map(PublicationNumber::serial).orElse(null);
    }

}
