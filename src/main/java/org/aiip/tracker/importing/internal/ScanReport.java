package org.aiip.tracker.importing.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;

import org.aiip.tracker.filing.FilingColumns;
import org.aiip.tracker.filing.FilingData;

/**
 * Collects what a pass found: the first rows of each kind for the preview, and every row with
 * errors in a CSV report (the file's own columns plus an "errors" column, in the person's
 * language), which can be corrected and imported again.
 */
final class ScanReport implements ImportScanner.Listener, Closeable {

    private final Path reportFile;

    private final MessageSource messages;

    private final Locale locale;

    private final List<ImportPreview.Row> fine = new ArrayList<>();

    private final List<ImportPreview.Issue> errors = new ArrayList<>();

    private final List<ImportPreview.Row> matches = new ArrayList<>();

    private final List<ImportPreview.Row> waiting = new ArrayList<>();

    private final List<ImportPreview.Issue> notes = new ArrayList<>();

    private final java.util.Map<String, Integer> names = new java.util.TreeMap<>();

    private final List<ImportPreview.Conflict> conflicts = new ArrayList<>();

    private int errorRowsShown;

    private List<String> header = List.of();

    private List<Integer> kept = List.of();

    private CSVPrinter report;

    ScanReport(Path reportFile, MessageSource messages, Locale locale) {
        this.reportFile = reportFile;
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public void header(List<String> names) {
        this.header = names;
        this.kept = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            // A corrected report imported again brings its old "errors" column: the new report replaces it.
            if (!names.get(i).strip().equalsIgnoreCase(CsvSource.ERRORS_COLUMN)) {
                this.kept.add(i);
            }
        }
    }

    @Override
    public void chunk(List<CheckedRow> rows) {
        for (CheckedRow row : rows) {
            if (row.hasErrors()) {
                error(row);
                continue;
            }
            if (row.waits()) {
                keep(this.waiting, row);
                row.extras().waitingNames().values().forEach(name -> this.names.merge(name, 1, Integer::sum));
            }
            else if (row.matches()) {
                keep(this.matches, row);
            }
            else {
                keep(this.fine, row);
            }
            if (row.extras() != null && this.notes.size() < ImportPreview.CAP) {
                row.extras().notes().forEach(note -> this.notes.add(new ImportPreview.Issue(row.row(), note.column(),
                        note.code(), note.arguments(), note.defaultMessage())));
            }
            for (CheckedRow.Conflict conflict : row.conflicts()) {
                if (this.conflicts.size() < ImportPreview.CAP) {
                    this.conflicts.add(new ImportPreview.Conflict(row.row(), conflict.filingId(), number(row),
                            conflict.field(), conflict.current(), conflict.incoming(), conflict.choiceKey()));
                }
            }
        }
    }

    @Override
    public void progress(int rowsDone) {
    }

    ImportPreview preview() {
        return new ImportPreview(List.copyOf(this.fine), List.copyOf(this.errors), List.copyOf(this.matches),
                List.copyOf(this.waiting), List.copyOf(this.notes), java.util.Map.copyOf(this.names),
                List.copyOf(this.conflicts));
    }

    /** The report file, or null when no row had errors. */
    Path reportFile() {
        return this.report == null ? null : this.reportFile;
    }

    @Override
    public void close() throws IOException {
        if (this.report != null) {
            this.report.close();
        }
    }

    private void keep(List<ImportPreview.Row> rows, CheckedRow row) {
        if (rows.size() < ImportPreview.CAP) {
            FilingData data = row.data();
            RowExtras extras = row.extras();
            String applicant = extras == null ? row.applicantSlug()
                    : String.join("; ", extras.parties().stream()
                        .filter(p -> p.getRole() == org.aiip.tracker.filing.FilingParty.Role.APPLICANT)
                        .map(org.aiip.tracker.filing.FilingParty::getName).toList());
            rows.add(new ImportPreview.Row(row.row(), data.office() == null ? "" : data.office().name(), number(row),
                    applicant, data.title(), String.valueOf(data.filingDate()), row.existingId(), row.joinsRow(),
                    row.dateSource() == null ? null : row.dateSource().name(),
                    row.number() == null && data.publicationNumber() != null));
        }
    }

    private static String number(CheckedRow row) {
        if (row.number() != null) {
            return row.number().display();
        }
        return row.data().publicationNumber() != null ? row.data().publicationNumber() : "";
    }

    private void error(CheckedRow row) {
        if (this.errorRowsShown < ImportPreview.CAP) {
            this.errorRowsShown++;
            row.issues()
                .forEach(issue -> this.errors.add(new ImportPreview.Issue(row.row(), issue.column(), issue.code(),
                        issue.arguments(), issue.defaultMessage())));
        }
        try {
            printer().printRecord(reportLine(row));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private List<String> reportLine(CheckedRow row) {
        List<String> values = new ArrayList<>(this.kept.size() + 1);
        for (int i : this.kept) {
            values.add(i < row.raw().size() ? FilingColumns.neutralise(row.raw().get(i)) : "");
        }
        values.add(FilingColumns.neutralise(describe(row)));
        return values;
    }

    private String describe(CheckedRow row) {
        return row.issues()
            .stream()
            .map(issue -> (issue.column().isEmpty() ? "" : issue.column() + ": ") + this.messages
                .getMessage(issue.code(), issue.arguments().toArray(), issue.defaultMessage(), this.locale))
            .collect(Collectors.joining(" | "));
    }

    private CSVPrinter printer() throws IOException {
        if (this.report == null) {
            BufferedWriter writer = Files.newBufferedWriter(this.reportFile, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // Excel reads the report as UTF-8
            this.report = new CSVPrinter(writer, CSVFormat.RFC4180);
            List<String> headerLine = new ArrayList<>();
            this.kept.forEach(i -> headerLine.add(this.header.get(i)));
            headerLine.add(CsvSource.ERRORS_COLUMN);
            this.report.printRecord(headerLine);
        }
        return this.report;
    }

}
