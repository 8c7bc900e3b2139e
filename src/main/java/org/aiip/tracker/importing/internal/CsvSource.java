package org.aiip.tracker.importing.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.aiip.tracker.filing.FilingColumns;

/**
 * An uploaded file opened as CSV after the checks that concern the file as a whole: that it is
 * text, UTF-8 (with or without the BOM Excel writes), separated by commas or, as Excel writes in
 * some locales, semicolons, and that its header names the documented columns.
 */
final class CsvSource implements Closeable {

    /** The columns a file must have. */
    static final List<String> REQUIRED = List.of("office", "application_number", "applicant", "title",
            "filing_date", "legal_status", "technology_area");

    /** A column the error report adds; accepted and ignored so that a corrected report can be imported. */
    static final String ERRORS_COLUMN = "errors";

    private static final int SNIFF_BYTES = 1024;

    /** How many records before the header an export may put (Espacenet's search metadata). */
    private static final int MAX_PREAMBLE = 30;

    private final CSVParser parser;

    private final Iterator<CSVRecord> records;

    private final ImportFormat format;

    private final int[] columns;

    private final List<String> headerNames;

    private CsvSource(CSVParser parser, Iterator<CSVRecord> records, ImportFormat format, int[] columns,
            List<String> headerNames) {
        this.parser = parser;
        this.records = records;
        this.format = format;
        this.columns = columns;
        this.headerNames = headerNames;
    }

    /**
     * Opens the file and reads its header.
     *
     * @throws ImportRejectedException when the file is not a text CSV file with the documented columns
     */
    static CsvSource open(Path file) throws IOException {
        byte[] start = readStart(file);
        checkText(start);
        int bom = hasBom(start) ? 3 : 0;
        char delimiter = delimiter(start, bom);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bom);
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = next(records, parser);
            if (header == null) {
                throw new ImportRejectedException("importing.rejected.empty");
            }
            List<String> names = names(header);
            if (names.get(0).strip().toLowerCase(Locale.ROOT).startsWith("search url:")) {
                return external(parser, records, ImportFormat.GOOGLE_PATENTS, next(records, parser));
            }
            if (isFormat(ImportFormat.LENS, names)) {
                return new CsvSource(parser, records, ImportFormat.LENS, null, List.copyOf(names));
            }
            if (isFormat(ImportFormat.RECORD, names)) {
                return new CsvSource(parser, records, ImportFormat.RECORD, null, List.copyOf(names));
            }
            if (delimiter == ';' && !isTracker(names)) {
                for (int i = 0; i < MAX_PREAMBLE && header != null; i++, header = next(records, parser)) {
                    if (isFormat(ImportFormat.ESPACENET, names(header))) {
                        return new CsvSource(parser, records, ImportFormat.ESPACENET, null, List.copyOf(names(header)));
                    }
                }
                throw new ImportRejectedException("importing.rejected.unknownFormat");
            }
            return new CsvSource(parser, records, ImportFormat.TRACKER, columns(names), List.copyOf(names));
        }
        catch (IOException | RuntimeException ex) {
            in.close();
            throw ex;
        }
    }

    private static CsvSource external(CSVParser parser, Iterator<CSVRecord> records, ImportFormat format,
            CSVRecord header) {
        if (header == null || !isFormat(format, names(header))) {
            throw new ImportRejectedException("importing.rejected.unknownFormat");
        }
        return new CsvSource(parser, records, format, null, List.copyOf(names(header)));
    }

    private static List<String> names(CSVRecord record) {
        List<String> names = new ArrayList<>();
        record.forEach(names::add);
        return names;
    }

    // A header of the format: it names every column the format requires.
    private static boolean isFormat(ImportFormat format, List<String> header) {
        Set<SourceColumns> found = java.util.EnumSet.noneOf(SourceColumns.class);
        header.forEach(cell -> {
            SourceColumns column = SourceColumns.of(format, cell);
            if (column != null) {
                found.add(column);
            }
        });
        return found.containsAll(SourceColumns.required(format));
    }

    private static boolean isTracker(List<String> header) {
        return header.stream().map(SourceColumns::normalise).anyMatch(FilingColumns.NAMES::contains);
    }

    /** What kind of file this is, recognised from its header. */
    ImportFormat format() {
        return this.format;
    }

    /** The next record, or null at the end of the file. */
    CSVRecord next() {
        return next(this.records, this.parser);
    }

    /** For the tracker's own format: the index of each of {@link FilingColumns#NAMES} in the file, -1 where absent. */
    int[] columns() {
        return this.columns;
    }

    /** The header as the file writes it. */
    List<String> headerNames() {
        return this.headerNames;
    }

    /** The line the parser has reached, for messages. */
    long line() {
        return this.parser.getCurrentLineNumber();
    }

    @Override
    public void close() throws IOException {
        this.parser.close();
    }

    // Blank lines are read as records (rather than skipped) so that record numbers stay the row
    // numbers a spreadsheet shows, and skipped here. Commons CSV reports both undecodable bytes and
    // broken quoting as an UncheckedIOException from its iterator; each becomes a message naming the line.
    private static CSVRecord next(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() > 1 || !record.get(0).isBlank()) {
                    return record;
                }
            }
            return null;
        }
        catch (UncheckedIOException ex) {
            long line = Math.max(1, parser.getCurrentLineNumber());
            if (ex.getCause() instanceof CharacterCodingException) {
                throw new ImportRejectedException("importing.rejected.encoding", line + 1);
            }
            throw new ImportRejectedException("importing.rejected.malformed", line);
        }
        catch (IllegalStateException ex) {
            throw new ImportRejectedException("importing.rejected.malformed", Math.max(1, parser.getCurrentLineNumber()));
        }
    }

    private static byte[] readStart(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    // A file renamed to .csv (a workbook, an image, UTF-16 text) has NUL or other control bytes
    // near its start; text in another encoding (ISO-8859-1, GBK) has only invalid UTF-8 sequences.
    private static void checkText(byte[] start) {
        int bom = hasBom(start) ? 3 : 0;
        if (start.length == bom) {
            throw new ImportRejectedException("importing.rejected.empty");
        }
        for (byte b : start) {
            if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                throw new ImportRejectedException("importing.rejected.notText");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(start, bom, start.length - bom),
                CharBuffer.allocate(start.length), false);
        if (result.isError()) {
            throw new ImportRejectedException("importing.rejected.encoding", lineOf(start, bom));
        }
    }

    // The decoder stops in front of the first bad sequence: count the line breaks before it.
    private static int lineOf(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        decoder.decode(in, CharBuffer.allocate(bytes.length), false);
        int line = 1;
        for (int i = from; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean hasBom(byte[] start) {
        return start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
    }

    // The delimiter that occurs more often outside quotes in the first line: Excel's "CSV UTF-8"
    // uses the semicolon where the decimal separator is a comma.
    private static char delimiter(byte[] start, int from) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = from; i < start.length && (quoted || (start[i] != '\n' && start[i] != '\r')); i++) {
            switch (start[i]) {
                case '"' -> quoted = !quoted;
                case ',' -> commas += quoted ? 0 : 1;
                case ';' -> semicolons += quoted ? 0 : 1;
                default -> {
                }
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int[] columns(List<String> header) {
        int[] columns = new int[FilingColumns.NAMES.size()];
        java.util.Arrays.fill(columns, -1);
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            int index = FilingColumns.NAMES.indexOf(name);
            if (index >= 0) {
                if (columns[index] >= 0) {
                    throw new ImportRejectedException("importing.rejected.duplicateColumn", name);
                }
                columns[index] = i;
            }
            else if (!name.isEmpty() && !name.equals(ERRORS_COLUMN) && !name.equals(FilingColumns.ADDRESS)) {
                unknown.add(header.get(i).strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ImportRejectedException("importing.rejected.unknownColumns", String.join(", ", unknown),
                    String.join(", ", FilingColumns.NAMES));
        }
        List<String> missing = REQUIRED.stream().filter(n -> columns[FilingColumns.NAMES.indexOf(n)] < 0).toList();
        if (!missing.isEmpty()) {
            throw new ImportRejectedException("importing.rejected.missingColumns", String.join(", ", missing));
        }
        return columns;
    }

}
