package org.aiip.tracker.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.PatentOffice;

/**
 * Finds which rows of a chunk are already on record: one query per office and chunk, never one
 * per row. The parameter list is padded to a fixed length so that the database parses each
 * statement once and reuses it.
 */
@Component
class ExistingFilings {

    private final JdbcTemplate jdbc;

    ExistingFilings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A filing on record: its id and its applicant. */
    record Existing(long id, long applicantId) {
    }

    /** The filings on record for the rows' numbers, keyed by office and normalised number ({@link #key}). */
    Map<String, Existing> find(List<CheckedRow> rows, int batch) {
        Map<PatentOffice, List<String>> byOffice = new EnumMap<>(PatentOffice.class);
        for (CheckedRow row : rows) {
            if (row.number() != null && !row.hasErrors()) {
                byOffice.computeIfAbsent(row.number().office(), o -> new ArrayList<>()).add(row.number().normalised());
            }
        }
        Map<String, Existing> found = new HashMap<>();
        byOffice.forEach((office, numbers) -> {
            for (int from = 0; from < numbers.size(); from += batch) {
                query(office, numbers.subList(from, Math.min(numbers.size(), from + batch)), batch, found);
            }
        });
        return found;
    }

    static String key(PatentOffice office, String normalised) {
        return office.name() + ':' + normalised;
    }

    private void query(PatentOffice office, List<String> numbers, int size, Map<String, Existing> found) {
        List<Object> arguments = new ArrayList<>(size + 1);
        arguments.add(office.name());
        arguments.addAll(numbers);
        arguments.addAll(Collections.nCopies(size - numbers.size(), numbers.get(numbers.size() - 1)));
        String sql = "select application_number, id, applicant_id from patent_filing where office = ? "
                + "and application_number in (" + String.join(",", Collections.nCopies(size, "?")) + ")";
        this.jdbc.query(sql, rs -> {
            found.put(key(office, rs.getString(1)), new Existing(rs.getLong(2), rs.getLong(3)));
        }, arguments.toArray());
    }

}
