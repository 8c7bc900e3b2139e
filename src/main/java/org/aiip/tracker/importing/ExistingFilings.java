package org.aiip.tracker.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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
        return found;
    }

    static String key(PatentOffice office, String normalised) {
        return office.name() + ':' + normalised;
    }

}
