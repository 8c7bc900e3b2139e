package org.aiip.tracker.importing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.LegalStatus;

/**
 * The fields an export file sets on a filing, and how a newer file changes a filing on record: a field
 * the file leaves empty stays as it is; an empty field is filled; a field whose value the last import
 * wrote (its hash is in the filing's import fingerprint) takes the file's value; a field entered or
 * changed by hand since is a conflict, which keeps its value unless the person chose the file's.
 */
final class ImportedFields {

    static final List<String> FIELDS = List.of("applicationNumber", "title", "abstract", "filingDate", "priorityDate",
            "publicationNumber", "publicationDate", "grantNumber", "grantDate", "legalStatus", "ipcClasses", "sourceUrl");

    // Statuses a filing reaches after publication: a row that only says "published" never moves it back.
    private static final Set<String> LATER_STATUSES = Set.of(LegalStatus.UNDER_EXAMINATION.name(),
            LegalStatus.GRANTED.name(), LegalStatus.REFUSED.name(), LegalStatus.WITHDRAWN.name(),
            LegalStatus.LAPSED.name());

    private ImportedFields() {
    }

    /** The row's values by field, as text; a field the row does not give is absent. */
    static Map<String, String> incoming(CheckedRow row) {
        FilingData d = row.data();
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "applicationNumber", row.number() == null ? null : row.number().normalised());
        put(values, "title", d.title() == null ? null : d.title().strip());
        put(values, "abstract", d.abstractText() == null ? null : d.abstractText().strip());
        put(values, "filingDate", d.filingDate());
        put(values, "priorityDate", d.priorityDate());
        put(values, "publicationNumber", d.publicationNumber());
        put(values, "publicationDate", d.publicationDate());
        put(values, "grantNumber", d.grantNumber());
        put(values, "grantDate", d.grantDate());
        put(values, "legalStatus", d.legalStatus());
        put(values, "ipcClasses", d.ipcClasses());
        put(values, "sourceUrl", row.extras() == null ? null : row.extras().sourceUrl());
        return values;
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value != null && !value.toString().isBlank()) {
            values.put(field, value.toString());
        }
    }

    /** What a row changes on a filing on record, and the conflicts it meets. */
    record Patch(Map<String, String> changes, List<CheckedRow.Conflict> conflicts, Map<String, String> fingerprint) {
    }

    /**
     * @param current the filing's values now, by field (absent: empty)
     * @param currentDateSource how much of its filing date is known now
     * @param fingerprint hashes of the values the last import wrote, by field
     * @param chosen conflicts ({@code filingId:field}) for which the person chose the file's value
     */
    static Patch patch(long filingId, Map<String, String> current, FilingDateSource currentDateSource,
            Map<String, String> fingerprint, CheckedRow row, Set<String> chosen) {
        Map<String, String> incoming = incoming(row);
        Map<String, String> changes = new LinkedHashMap<>();
        List<CheckedRow.Conflict> conflicts = new java.util.ArrayList<>();
        Map<String, String> newPrint = new LinkedHashMap<>(fingerprint);
        FilingDateSource rowDateSource = row.extras() == null ? FilingDateSource.FILED : row.extras().dateSource();
        boolean weak = row.extras() != null && row.extras().weakStatus();
        for (Map.Entry<String, String> entry : incoming.entrySet()) {
            String field = entry.getKey();
            String value = entry.getValue();
            if (field.equals("publicationNumber") && value.equals(incoming.get("grantNumber"))) {
                continue; // a row with the grant only: its publication number is not news
            }
            String now = current.get(field);
            if (field.equals("filingDate") && rowDateSource != null && currentDateSource != null
                    && !rowDateSource.betterThan(currentDateSource) && rowDateSource != currentDateSource) {
                continue; // the file knows less of the date than the record
            }
            if (field.equals("legalStatus") && weak && now != null && LATER_STATUSES.contains(now)) {
                continue;
            }
            if (value.equals(now)) {
                newPrint.put(field, hash(value));
                continue;
            }
            boolean fromImport = now != null && hash(now).equals(fingerprint.get(field));
            boolean moreExact = field.equals("filingDate") && rowDateSource != null
                    && rowDateSource.betterThan(currentDateSource);
            if (now == null || fromImport || moreExact) {
                changes.put(field, value);
                newPrint.put(field, hash(value));
            }
            else {
                CheckedRow.Conflict conflict = new CheckedRow.Conflict(filingId, field, now, value);
                conflicts.add(conflict);
                if (chosen.contains(conflict.choiceKey())) {
                    changes.put(field, value);
                    newPrint.put(field, hash(value));
                }
            }
        }
        return new Patch(changes, conflicts, newPrint);
    }

    /** The fingerprint of a new filing: every value the row wrote. */
    static String fingerprintOf(CheckedRow row) {
        Map<String, String> print = new LinkedHashMap<>();
        incoming(row).forEach((field, value) -> print.put(field, hash(value)));
        return encode(print);
    }

    static String encode(Map<String, String> fingerprint) {
        StringBuilder out = new StringBuilder();
        fingerprint.forEach((field, hash) -> {
            int index = FIELDS.indexOf(field);
            if (index >= 0) {
                out.append(out.isEmpty() ? "" : ";").append(Integer.toString(index, 36)).append('=').append(hash);
            }
        });
        return out.toString();
    }

    static Map<String, String> decode(String fingerprint) {
        Map<String, String> print = new LinkedHashMap<>();
        if (fingerprint == null || fingerprint.isBlank()) {
            return print;
        }
        for (String part : fingerprint.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                int index = Integer.parseInt(part.substring(0, eq), 36);
                if (index < FIELDS.size()) {
                    print.put(FIELDS.get(index), part.substring(eq + 1));
                }
            }
        }
        return print;
    }

    /** The first 8 hexadecimal digits of the value's SHA-256: enough to tell a changed value. */
    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
