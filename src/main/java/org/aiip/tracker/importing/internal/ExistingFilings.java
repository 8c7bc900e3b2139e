package org.aiip.tracker.importing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.PatentOffice;

/**
 * Finds which rows of a chunk are already on record: one query per office and chunk, never one
 * per row. The chunk's numbers go in as one array, joined to the unique (office, number) index,
 * which H2 and PostgreSQL both follow row by row; a plain IN list on the second column of that
 * index made H2 scan every filing of the office.
 */
@Component
class ExistingFilings {

    private static final String FIND = """
            select f.application_number, f.id, f.applicant_id
            from unnest(?) n(num) join patent_filing f on f.office = ? and f.application_number = n.num""";

    private final JdbcTemplate jdbc;

    ExistingFilings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A filing on record: its id and its applicant. */
    record Existing(long id, long applicantId) {
    }

    /** The filings on record for the rows' numbers, keyed by office and normalised number ({@link #key}). */
    Map<String, Existing> find(List<CheckedRow> rows) {
        Map<PatentOffice, List<String>> byOffice = new EnumMap<>(PatentOffice.class);
        for (CheckedRow row : rows) {
            if (row.number() != null && !row.hasErrors()) {
                byOffice.computeIfAbsent(row.number().office(), o -> new ArrayList<>()).add(row.number().normalised());
            }
        }
        Map<String, Existing> found = new HashMap<>();
        byOffice.forEach((office, numbers) -> this.jdbc.query(FIND, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("varchar", numbers.toArray()));
            ps.setString(2, office.name());
        }, rs -> {
            found.put(key(office, rs.getString(1)), new Existing(rs.getLong(2), rs.getLong(3)));
        }));
        // A filing known so far by its publication only (from an export without application numbers)
        // is the same filing: found by the serials of the row's publication and grant numbers.
        java.util.Set<String> serials = new java.util.LinkedHashSet<>();
        for (CheckedRow row : rows) {
            if (row.number() != null && !row.hasErrors()) {
                serials.addAll(serialsOf(row));
            }
        }
        if (!serials.isEmpty()) {
            for (String column : List.of("publication_serial", "grant_serial")) {
                this.jdbc.query("select f." + column + ", f.id, f.applicant_id from unnest(?) n(s) join patent_filing f"
                        + " on f." + column + " = n.s where f.application_number is null",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", serials.toArray())),
                        rs -> {
                            found.putIfAbsent(serialKey(rs.getString(1)), new Existing(rs.getLong(2), rs.getLong(3)));
                        });
            }
        }
        return found;
    }

    /** The serials of a tracker row's publication and grant numbers. */
    static List<String> serialsOf(CheckedRow row) {
        List<String> serials = new ArrayList<>();
        for (String number : new String[] { row.data().publicationNumber(), row.data().grantNumber() }) {
            org.aiip.tracker.filing.PublicationNumber.tryParse(number).ifPresent(p -> serials.add(p.serial()));
        }
        return serials;
    }

    static String key(PatentOffice office, String normalised) {
        return office.name() + ':' + normalised;
    }

    /** The key of a published document's serial ({@code S:CN106844774}), by which export rows also match. */
    static String serialKey(String serial) {
        return "S:" + serial;
    }

    private static final String STATE_COLUMNS = "f.id, f.applicant_id, f.office, f.application_number, f.title,"
            + " f.abstract_text, f.filing_date, f.filing_date_source, f.priority_date, f.publication_number,"
            + " f.publication_date, f.grant_number, f.grant_date, f.legal_status, f.source_url, f.import_fingerprint,"
            + " f.publication_serial, f.grant_serial";

    /** A filing on record as an export row meets it: its fields by {@link ImportedFields} name. */
    record State(long id, long applicantId, Map<String, String> values, FilingDateSource dateSource,
            Map<String, String> fingerprint) {
    }

    /**
     * The filings on record that export rows describe, by application number ({@link #key}) and by
     * the serials of their publications and grants ({@link #serialKey}), with their current values.
     */
    Map<String, State> findStates(List<CheckedRow> rows) {
        Map<PatentOffice, List<String>> byOffice = new EnumMap<>(PatentOffice.class);
        Set<String> serials = new LinkedHashSet<>();
        for (CheckedRow row : rows) {
            if (row.hasErrors() || row.extras() == null) {
                continue;
            }
            if (row.number() != null) {
                byOffice.computeIfAbsent(row.number().office(), o -> new ArrayList<>()).add(row.number().normalised());
            }
            serials.addAll(row.extras().serials());
        }
        Map<Long, State> states = new LinkedHashMap<>();
        byOffice.forEach((office, numbers) -> this.jdbc.query("select " + STATE_COLUMNS
                + " from unnest(?) n(num) join patent_filing f on f.office = ? and f.application_number = n.num", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("varchar", numbers.toArray()));
                    ps.setString(2, office.name());
                }, rs -> {
                    states.putIfAbsent(rs.getLong(1), state(rs));
                }));
        if (!serials.isEmpty()) {
            for (String column : List.of("publication_serial", "grant_serial")) {
                this.jdbc.query("select " + STATE_COLUMNS + " from unnest(?) n(s) join patent_filing f on f." + column
                        + " = n.s", ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", serials.toArray())),
                        rs -> {
                            states.putIfAbsent(rs.getLong(1), state(rs));
                        });
            }
        }
        addIpc(states);
        Map<String, State> found = new HashMap<>();
        states.values().forEach(state -> {
            String number = state.values().get("applicationNumber");
            if (number != null) {
                found.putIfAbsent(key(PatentOffice.valueOf(state.values().get("office")), number), state);
            }
            for (String serial : List.of("publicationSerial", "grantSerial")) {
                String value = state.values().get(serial);
                if (value != null) {
                    found.putIfAbsent(serialKey(value), state);
                }
            }
        });
        return found;
    }

    /** The current values of these filings, by id. */
    Map<Long, State> statesOf(java.util.Collection<Long> ids) {
        Map<Long, State> states = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        this.jdbc.query("select " + STATE_COLUMNS + " from unnest(?) n(id) join patent_filing f on f.id = n.id",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())),
                rs -> {
                    states.put(rs.getLong(1), state(rs));
                });
        addIpc(states);
        return states;
    }

    private static State state(ResultSet rs) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("office", rs.getString(3));
        put(values, "applicationNumber", rs.getString(4));
        put(values, "title", rs.getString(5));
        put(values, "abstract", rs.getString(6));
        put(values, "filingDate", rs.getObject(7));
        put(values, "priorityDate", rs.getObject(9));
        put(values, "publicationNumber", rs.getString(10));
        put(values, "publicationDate", rs.getObject(11));
        put(values, "grantNumber", rs.getString(12));
        put(values, "grantDate", rs.getObject(13));
        put(values, "legalStatus", rs.getString(14));
        put(values, "sourceUrl", rs.getString(15));
        put(values, "publicationSerial", rs.getString(17));
        put(values, "grantSerial", rs.getString(18));
        return new State(rs.getLong(1), rs.getLong(2), values, FilingDateSource.valueOf(rs.getString(8)),
                ImportedFields.decode(rs.getString(16)));
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value != null) {
            values.put(field, value instanceof java.sql.Date date ? date.toLocalDate().toString() : value.toString());
        }
    }

    private void addIpc(Map<Long, State> states) {
        if (states.isEmpty()) {
            return;
        }
        Map<Long, List<String>> symbols = new HashMap<>();
        this.jdbc.query("select i.filing_id, i.symbol from unnest(?) n(id) join filing_ipc i on i.filing_id = n.id"
                + " order by i.filing_id, i.position",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", states.keySet().toArray())),
                rs -> {
                    symbols.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        symbols.forEach((id, list) -> states.get(id).values().put("ipcClasses", String.join("; ", list)));
    }

}
