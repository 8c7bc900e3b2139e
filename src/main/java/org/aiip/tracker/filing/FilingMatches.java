package org.aiip.tracker.filing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the filings on record that rows of an import describe: one query per office and chunk, never one per row.
 * The chunk's numbers go in as one array, joined to the unique (office, number) index, which H2 and PostgreSQL both
 * follow row by row; a plain IN list on the second column of that index made H2 scan every filing of the office.
 * A filing known by its publication only is found by the serials of its publication and grant numbers.
 */
@Component
public class FilingMatches {

    private static final String BY_NUMBER = """
            select f.application_number, f.id, f.applicant_id
            from unnest(?) n(num) join patent_filing f on f.office = ? and f.application_number = n.num""";

    private static final String STATE_COLUMNS = "f.id, f.applicant_id, f.office, f.application_number, f.title,"
            + " f.abstract_text, f.filing_date, f.filing_date_source, f.priority_date, f.publication_number,"
            + " f.publication_date, f.grant_number, f.grant_date, f.legal_status, f.source_url, f.import_fingerprint,"
            + " f.publication_serial, f.grant_serial, f.sample";

    private static final List<String> SERIAL_COLUMNS = List.of("publication_serial", "grant_serial");

    private final JdbcTemplate jdbc;

    FilingMatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A filing on record found by its application number, or by a serial when it has no number. */
    public record Match(long id, long applicantId) {
    }

    /** A filing found by its office and normalised application number. */
    public record NumberMatch(PatentOffice office, String applicationNumber, Match filing) {
    }

    /** A filing without an application number, found by the serial of its publication or its grant. */
    public record SerialMatch(String serial, Match filing) {
    }

    /**
     * A filing on record as an import meets it: its fields as stored (texts and dates as they are, a legal status
     * as its name), its IPC symbols in order (none: empty), whether it is part of the synthetic sample.
     */
    public record State(long id, long applicantId, String office, String applicationNumber, String title,
            String abstractText, LocalDate filingDate, FilingDateSource dateSource, LocalDate priorityDate,
            String publicationNumber, LocalDate publicationDate, String grantNumber, LocalDate grantDate,
            String legalStatus, String sourceUrl, String importFingerprint, String publicationSerial,
            String grantSerial, List<String> ipcSymbols, boolean sample) {
    }

    /** The filings on record with these normalised numbers: one query per office. */
    public List<NumberMatch> byNumbers(Map<PatentOffice, ? extends Collection<String>> numbersByOffice) {
        List<NumberMatch> found = new ArrayList<>();
        numbersByOffice.forEach((office, numbers) -> this.jdbc.query(BY_NUMBER, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("varchar", numbers.toArray()));
            ps.setString(2, office.name());
        }, rs -> {
            found.add(new NumberMatch(office, rs.getString(1), new Match(rs.getLong(2), rs.getLong(3))));
        }));
        return found;
    }

    /**
     * The filings on record without an application number whose publication serial, then (in a second query) whose
     * grant serial is one of these: the publication's matches come first.
     */
    public List<SerialMatch> unnumberedBySerials(Collection<String> serials) {
        List<SerialMatch> found = new ArrayList<>();
        if (serials.isEmpty()) {
            return found;
        }
        for (String column : SERIAL_COLUMNS) {
            this.jdbc.query("select f." + column + ", f.id, f.applicant_id from unnest(?) n(s) join patent_filing f"
                    + " on f." + column + " = n.s where f.application_number is null",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", serials.toArray())), rs -> {
                        found.add(new SerialMatch(rs.getString(1), new Match(rs.getLong(2), rs.getLong(3))));
                    });
        }
        return found;
    }

    /**
     * The filings on record with these numbers (one query per office), then those whose publication serial or grant
     * serial is one of these (with or without a number), each once, in the order found; their IPC symbols in one
     * more query.
     */
    public List<State> states(Map<PatentOffice, ? extends Collection<String>> numbersByOffice,
            Collection<String> serials) {
        Map<Long, State> states = new LinkedHashMap<>();
        numbersByOffice.forEach((office, numbers) -> this.jdbc.query("select " + STATE_COLUMNS
                + " from unnest(?) n(num) join patent_filing f on f.office = ? and f.application_number = n.num", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("varchar", numbers.toArray()));
                    ps.setString(2, office.name());
                }, rs -> {
                    states.putIfAbsent(rs.getLong(1), state(rs));
                }));
        if (!serials.isEmpty()) {
            for (String column : SERIAL_COLUMNS) {
                this.jdbc.query("select " + STATE_COLUMNS + " from unnest(?) n(s) join patent_filing f on f." + column
                        + " = n.s", ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", serials.toArray())),
                        rs -> {
                            states.putIfAbsent(rs.getLong(1), state(rs));
                        });
            }
        }
        return new ArrayList<>(withIpc(states).values());
    }

    /** The filings with these ids as they are now, by id. */
    public Map<Long, State> states(Collection<Long> ids) {
        Map<Long, State> states = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        this.jdbc.query("select " + STATE_COLUMNS + " from unnest(?) n(id) join patent_filing f on f.id = n.id",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())), rs -> {
                    states.put(rs.getLong(1), state(rs));
                });
        return withIpc(states);
    }

    private static State state(ResultSet rs) throws SQLException {
        return new State(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), date(rs.getObject(7)), FilingDateSource.valueOf(rs.getString(8)), date(rs.getObject(9)),
                rs.getString(10), date(rs.getObject(11)), rs.getString(12), date(rs.getObject(13)), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), List.of(), rs.getBoolean(19));
    }

    // As the driver gives a date column: java.sql.Date on both databases today.
    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
    }

    /** The IPC symbols of these filings in order, by id (a filing without any is left out), read in one query. */
    Map<Long, List<String>> ipcSymbols(Collection<Long> ids) {
        Map<Long, List<String>> symbols = new HashMap<>();
        if (ids.isEmpty()) {
            return symbols;
        }
        this.jdbc.query("select i.filing_id, i.symbol from unnest(?) n(id) join filing_ipc i on i.filing_id = n.id"
                + " order by i.filing_id, i.position",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())), rs -> {
                    symbols.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return symbols;
    }

    /** The states with their IPC symbols, read in one query. */
    private Map<Long, State> withIpc(Map<Long, State> states) {
        if (states.isEmpty()) {
            return states;
        }
        ipcSymbols(states.keySet()).forEach((id, list) -> {
            State s = states.get(id);
            states.put(id, new State(s.id(), s.applicantId(), s.office(), s.applicationNumber(), s.title(),
                    s.abstractText(), s.filingDate(), s.dateSource(), s.priorityDate(), s.publicationNumber(),
                    s.publicationDate(), s.grantNumber(), s.grantDate(), s.legalStatus(), s.sourceUrl(),
                    s.importFingerprint(), s.publicationSerial(), s.grantSerial(), List.copyOf(list), s.sample()));
        });
        return states;
    }

}
