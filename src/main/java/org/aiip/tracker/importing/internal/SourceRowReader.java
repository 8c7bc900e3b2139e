package org.aiip.tracker.importing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of an export file into {@link SourceRow}s: finds the format's columns in the
 * header, and splits the cells that hold several values the way the format joins them (";;" in
 * The Lens, line breaks in Espacenet, commas between Google Patents assignees).
 */
final class SourceRowReader {

    private static final Pattern LENS_SEPARATOR = Pattern.compile("\\s*;;\\s*");

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private static final Pattern LINES = Pattern.compile("\\s*[\\r\\n]+\\s*");

    // Espacenet puts a country code after each name: "BAIDU ONLINE NETWORK TECH BEIJING CO LTD [CN]".
    private static final Pattern AFTER_COUNTRY = Pattern.compile("(?<=\\[[A-Z]{2}\\])\\s+");

    // A legal form that a comma separates from its name ("Co., Ltd.", "Baidu USA, LLC"): it is not a name.
    private static final Pattern LEGAL_FORM_ONLY = Pattern.compile(
            "(?i)(co\\.?|ltd\\.?|llc|inc\\.?|corp\\.?|limited|l\\.?l\\.?c\\.?|gmbh|ag|s\\.?a\\.?|plc|b\\.?v\\.?)");

    private final ImportFormat format;

    private final Map<SourceColumns, Integer> columns;

    private SourceRowReader(ImportFormat format, Map<SourceColumns, Integer> columns) {
        this.format = format;
        this.columns = columns;
    }

    static SourceRowReader of(ImportFormat format, List<String> header) {
        Map<SourceColumns, Integer> columns = new EnumMap<>(SourceColumns.class);
        for (int i = 0; i < header.size(); i++) {
            SourceColumns column = SourceColumns.of(format, header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return new SourceRowReader(format, columns);
    }

    SourceRow read(CSVRecord record, int row) {
        return switch (this.format) {
            case LENS -> lens(record, row);
            case GOOGLE_PATENTS -> google(record, row);
            case ESPACENET -> espacenet(record, row);
            case RECORD -> record(record, row);
            case TRACKER -> throw new IllegalStateException("the tracker's own format is read by RowChecker");
        };
    }

    private SourceRow lens(CSVRecord r, int row) {
        List<String> ipc = new ArrayList<>(split(r, SourceColumns.IPC, LENS_SEPARATOR));
        return new SourceRow(row, cell(r, SourceColumns.OFFICE), cell(r, SourceColumns.APPLICATION_NUMBER),
                listOf(cell(r, SourceColumns.DOCUMENT)), listOf(cell(r, SourceColumns.PUBLICATION_DATE)),
                cell(r, SourceColumns.TITLE), cell(r, SourceColumns.ABSTRACT),
                split(r, SourceColumns.APPLICANTS, LENS_SEPARATOR), split(r, SourceColumns.OWNERS, LENS_SEPARATOR),
                cell(r, SourceColumns.APPLICATION_DATE), cell(r, SourceColumns.PRIORITY_DATE),
                split(r, SourceColumns.PRIORITY_NUMBERS, LENS_SEPARATOR),
                split(r, SourceColumns.FAMILY_MEMBERS, LENS_SEPARATOR), null, ipc, cell(r, SourceColumns.STATUS), null,
                cell(r, SourceColumns.URL));
    }

    private SourceRow google(CSVRecord r, int row) {
        return new SourceRow(row, null, null, listOf(cell(r, SourceColumns.DOCUMENT)),
                listOf(cell(r, SourceColumns.PUBLICATION_DATE)), cell(r, SourceColumns.TITLE), null,
                assignees(cell(r, SourceColumns.APPLICANTS)), List.of(), cell(r, SourceColumns.APPLICATION_DATE),
                cell(r, SourceColumns.PRIORITY_DATE), List.of(), List.of(), null, List.of(), null,
                cell(r, SourceColumns.GRANT_DATE), cell(r, SourceColumns.URL));
    }

    private SourceRow espacenet(CSVRecord r, int row) {
        List<String> applicants = new ArrayList<>();
        for (String line : split(r, SourceColumns.APPLICANTS, LINES)) {
            for (String name : AFTER_COUNTRY.split(line)) {
                if (!name.isBlank()) {
                    applicants.add(name.strip());
                }
            }
        }
        return new SourceRow(row, null, null, split(r, SourceColumns.DOCUMENT, LINES),
                split(r, SourceColumns.PUBLICATION_DATE, LINES), cell(r, SourceColumns.TITLE), null, applicants,
                List.of(), null, first(split(r, SourceColumns.PRIORITY_DATE, LINES)), List.of(), List.of(),
                cell(r, SourceColumns.FAMILY_ID), split(r, SourceColumns.IPC, Pattern.compile("\\s*[\\r\\n]+\\s*|\\s+(?=[A-H][0-9]{2}[A-Z])")),
                null, null, null);
    }

    private SourceRow record(CSVRecord r, int row) {
        List<String> documents = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        // Always two places, the publication's then the grant's, blank where the record has none.
        documents.add(blank(cell(r, SourceColumns.DOCUMENT)));
        dates.add(blank(cell(r, SourceColumns.PUBLICATION_DATE)));
        documents.add(blank(cell(r, SourceColumns.GRANT_NUMBER)));
        dates.add(blank(cell(r, SourceColumns.GRANT_DATE)));
        return new SourceRow(row, cell(r, SourceColumns.OFFICE), cell(r, SourceColumns.APPLICATION_NUMBER), documents,
                dates, cell(r, SourceColumns.TITLE), null, split(r, SourceColumns.APPLICANTS, LENS_SEPARATOR),
                split(r, SourceColumns.OWNERS, LENS_SEPARATOR), cell(r, SourceColumns.APPLICATION_DATE),
                cell(r, SourceColumns.PRIORITY_DATE), split(r, SourceColumns.PRIORITY_NUMBERS, LENS_SEPARATOR),
                List.of(), null, split(r, SourceColumns.IPC, Pattern.compile("\\s*;\\s*")), cell(r, SourceColumns.STATUS),
                null, cell(r, SourceColumns.URL));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /**
     * Google Patents joins assignees with ", ", and names may contain commas themselves before their
     * legal form ("Co., Ltd."): a part that is only a legal form belongs to the name before it.
     */
    static List<String> assignees(String cell) {
        List<String> names = new ArrayList<>();
        if (cell == null) {
            return names;
        }
        for (String part : COMMA.split(cell)) {
            if (part.isBlank()) {
                continue;
            }
            if (!names.isEmpty() && LEGAL_FORM_ONLY.matcher(part.strip()).matches()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + ", " + part.strip());
            }
            else {
                names.add(part.strip());
            }
        }
        return names;
    }

    private String cell(CSVRecord record, SourceColumns column) {
        Integer index = this.columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = RowChecker.unneutralise(record.get(index).strip());
        return value.isEmpty() ? null : value;
    }

    private List<String> split(CSVRecord record, SourceColumns column, Pattern separator) {
        String value = cell(record, column);
        if (value == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : separator.split(value)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

}
