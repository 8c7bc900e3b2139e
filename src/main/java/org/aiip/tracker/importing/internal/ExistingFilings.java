package org.aiip.tracker.importing.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.FilingMatches;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.filing.PublicationNumber;

/**
 * Finds which rows of a chunk are already on record, through filing's {@link FilingMatches} (one query per office
 * and chunk, never one per row), and keys what it finds as the rows look it up: by office and number
 * ({@link #key}), or by the serial of a published document ({@link #serialKey}).
 */
@Component
class ExistingFilings {

    private final FilingMatches matches;

    ExistingFilings(FilingMatches matches) {
        this.matches = matches;
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
        this.matches.byNumbers(byOffice).forEach(match -> found.put(key(match.office(), match.applicationNumber()),
                existing(match.filing())));
        // A filing known so far by its publication only (from an export without application numbers)
        // is the same filing: found by the serials of the row's publication and grant numbers, whether
        // the row gives it its application number or names it by its publication too.
        Set<String> serials = new LinkedHashSet<>();
        for (CheckedRow row : rows) {
            if (!row.hasErrors()) {
                serials.addAll(serialsOf(row));
            }
        }
        this.matches.unnumberedBySerials(serials)
            .forEach(match -> found.putIfAbsent(serialKey(match.serial()), existing(match.filing())));
        return found;
    }

    private static Existing existing(FilingMatches.Match match) {
        return new Existing(match.id(), match.applicantId());
    }

    /** The serials of a tracker row's publication and grant numbers. */
    static List<String> serialsOf(CheckedRow row) {
        List<String> serials = new ArrayList<>();
        for (String number : new String[] { row.data().publicationNumber(), row.data().grantNumber() }) {
            PublicationNumber.tryParse(number).ifPresent(p -> serials.add(p.serial()));
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
        Map<String, State> found = new HashMap<>();
        this.matches.states(byOffice, serials).stream().map(ExistingFilings::state).forEach(state -> {
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
    Map<Long, State> statesOf(Collection<Long> ids) {
        Map<Long, State> states = new LinkedHashMap<>();
        this.matches.states(ids).forEach((id, stored) -> states.put(id, state(stored)));
        return states;
    }

    private static State state(FilingMatches.State f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("office", f.office());
        put(values, "applicationNumber", f.applicationNumber());
        put(values, "title", f.title());
        put(values, "abstract", f.abstractText());
        put(values, "filingDate", f.filingDate());
        put(values, "priorityDate", f.priorityDate());
        put(values, "publicationNumber", f.publicationNumber());
        put(values, "publicationDate", f.publicationDate());
        put(values, "grantNumber", f.grantNumber());
        put(values, "grantDate", f.grantDate());
        put(values, "legalStatus", f.legalStatus());
        put(values, "sourceUrl", f.sourceUrl());
        put(values, "publicationSerial", f.publicationSerial());
        put(values, "grantSerial", f.grantSerial());
        if (!f.ipcSymbols().isEmpty()) {
            values.put("ipcClasses", String.join("; ", f.ipcSymbols()));
        }
        // A synthetic sample filing's values were never anyone's edits: a real export replaces every one of them.
        Map<String, String> imported = new LinkedHashMap<>(ImportedFields.decode(f.importFingerprint()));
        if (f.sample()) {
            values.forEach((field, value) -> imported.put(field, ImportedFields.hash(value)));
        }
        return new State(f.id(), f.applicantId(), values, f.dateSource(), imported);
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }

}
