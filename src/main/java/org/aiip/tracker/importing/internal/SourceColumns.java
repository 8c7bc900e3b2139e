package org.aiip.tracker.importing.internal;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of the export formats, by what they hold, with the names each format gives them.
 * Espacenet names its columns in the language of its interface: English, French and German are
 * known. Columns not listed (inventors, citations, ...) are read past.
 */
enum SourceColumns {

    OFFICE, KIND, DOCUMENT, APPLICATION_NUMBER, APPLICATION_DATE, PUBLICATION_DATE, PRIORITY_NUMBERS, PRIORITY_DATE,
    TITLE, ABSTRACT, APPLICANTS, OWNERS, URL, FAMILY_MEMBERS, FAMILY_ID, IPC, CPC, STATUS, GRANT_DATE, GRANT_NUMBER;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<ImportFormat, Map<SourceColumns, List<String>>> NAMES = new EnumMap<>(ImportFormat.class);

    static {
        Map<SourceColumns, List<String>> lens = new EnumMap<>(SourceColumns.class);
        lens.put(OFFICE, List.of("jurisdiction"));
        lens.put(KIND, List.of("kind"));
        lens.put(DOCUMENT, List.of("display key"));
        lens.put(APPLICATION_NUMBER, List.of("application number"));
        lens.put(APPLICATION_DATE, List.of("application date"));
        lens.put(PUBLICATION_DATE, List.of("publication date"));
        lens.put(PRIORITY_NUMBERS, List.of("priority numbers"));
        lens.put(PRIORITY_DATE, List.of("earliest priority date"));
        lens.put(TITLE, List.of("title"));
        lens.put(ABSTRACT, List.of("abstract"));
        lens.put(APPLICANTS, List.of("applicants"));
        lens.put(OWNERS, List.of("owners"));
        lens.put(URL, List.of("url"));
        lens.put(FAMILY_MEMBERS, List.of("simple family members"));
        lens.put(IPC, List.of("ipcr classifications"));
        lens.put(CPC, List.of("cpc classifications"));
        lens.put(STATUS, List.of("legal status"));
        NAMES.put(ImportFormat.LENS, lens);

        Map<SourceColumns, List<String>> google = new EnumMap<>(SourceColumns.class);
        google.put(DOCUMENT, List.of("id"));
        google.put(TITLE, List.of("title"));
        google.put(APPLICANTS, List.of("assignee"));
        google.put(PRIORITY_DATE, List.of("priority date"));
        google.put(APPLICATION_DATE, List.of("filing/creation date"));
        google.put(PUBLICATION_DATE, List.of("publication date"));
        google.put(GRANT_DATE, List.of("grant date"));
        google.put(URL, List.of("result link"));
        NAMES.put(ImportFormat.GOOGLE_PATENTS, google);

        Map<SourceColumns, List<String>> espacenet = new EnumMap<>(SourceColumns.class);
        espacenet.put(TITLE, List.of("title", "titre", "titel"));
        espacenet.put(APPLICANTS, List.of("applicants", "demandeurs", "anmelder"));
        espacenet.put(DOCUMENT, List.of("publication number", "numero de publication", "veroffentlichungsnummer"));
        espacenet.put(PRIORITY_DATE, List.of("earliest priority", "priorite la plus ancienne", "fruheste prioritat"));
        espacenet.put(IPC, List.of("ipc", "cib"));
        espacenet.put(CPC, List.of("cpc"));
        espacenet.put(PUBLICATION_DATE, List.of("publication date", "date de publication", "veroffentlichungsdatum"));
        espacenet.put(FAMILY_ID, List.of("family number", "numero de famille", "familiennummer"));
        NAMES.put(ImportFormat.ESPACENET, espacenet);

        Map<SourceColumns, List<String>> record = new EnumMap<>(SourceColumns.class);
        record.put(OFFICE, List.of("office"));
        record.put(APPLICATION_NUMBER, List.of("application_number"));
        record.put(DOCUMENT, List.of("publication_number"));
        record.put(GRANT_NUMBER, List.of("grant_number"));
        record.put(TITLE, List.of("title"));
        record.put(APPLICANTS, List.of("applicants"));
        record.put(OWNERS, List.of("current_assignees"));
        record.put(APPLICATION_DATE, List.of("filing_date"));
        record.put(PRIORITY_DATE, List.of("priority_date"));
        record.put(PRIORITY_NUMBERS, List.of("priority_numbers"));
        record.put(PUBLICATION_DATE, List.of("publication_date"));
        record.put(GRANT_DATE, List.of("grant_date"));
        record.put(STATUS, List.of("status"));
        record.put(IPC, List.of("ipc"));
        record.put(URL, List.of("source_url"));
        NAMES.put(ImportFormat.RECORD, record);
    }

    /** The columns a file of the format must have. */
    static Set<SourceColumns> required(ImportFormat format) {
        return switch (format) {
            case LENS -> Set.of(OFFICE, DOCUMENT, TITLE, APPLICANTS, APPLICATION_NUMBER, PUBLICATION_DATE);
            case GOOGLE_PATENTS -> Set.of(DOCUMENT, TITLE, APPLICANTS, APPLICATION_DATE);
            case ESPACENET -> Set.of(DOCUMENT, TITLE, APPLICANTS);
            case RECORD -> Set.of(OFFICE, DOCUMENT, GRANT_NUMBER, TITLE, APPLICANTS, URL);
            case TRACKER -> Set.of();
        };
    }

    /** The column of the format this header cell names, or null. */
    static SourceColumns of(ImportFormat format, String headerCell) {
        String name = normalise(headerCell);
        for (Map.Entry<SourceColumns, List<String>> entry : NAMES.getOrDefault(format, Map.of()).entrySet()) {
            if (entry.getValue().contains(name)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** The header's name for the column in the format, for messages. */
    String nameIn(ImportFormat format) {
        return NAMES.getOrDefault(format, Map.of()).getOrDefault(this, List.of(name().toLowerCase(Locale.ROOT))).get(0);
    }

    // Lower case without accents, BOM and surrounding spaces: "Numéro de famille" is "numero de famille".
    static String normalise(String headerCell) {
        String text = Normalizer.normalize(headerCell.replace("\uFEFF", "").strip(), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

}
