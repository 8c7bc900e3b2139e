package org.aiip.tracker.filing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.aiip.tracker.system.DownloadLimiter;

/**
 * Downloads of the filtered filing list as CSV and XLSX, with the same filters and the same
 * confidentiality as the page. Both stream: rows go out as the database returns them (the XLSX through
 * POI's SXSSF window of 100 rows and a temporary file). Both are bounded per caller and per instance
 * ({@link DownloadLimiter}).
 */
@Controller
class FilingExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FilingService filings;

    private final DownloadLimiter downloads;

    FilingExportController(FilingService filings, DownloadLimiter downloads) {
        this.filings = filings;
        this.downloads = downloads;
    }

    @GetMapping("/filings/export.csv")
    void csv(FilingSearchForm form, HttpServletRequest request, HttpServletResponse response) throws IOException {
        this.downloads.run(request, response, () -> writeCsv(form, response));
    }

    @GetMapping("/filings/export.xlsx")
    void xlsx(FilingSearchForm form, HttpServletRequest request, HttpServletResponse response) throws IOException {
        this.downloads.run(request, response, () -> writeXlsx(form, response));
    }

    private void writeCsv(FilingSearchForm form, HttpServletResponse response) throws IOException {
        prepare(response, "text/csv;charset=UTF-8", "filings.csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // the BOM makes Excel read the file as UTF-8
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(
                FilingColumns.NAMES.toArray(String[]::new)).get())) {
            printer.flush(); // the download starts with the header, before the first rows are read
            this.filings.export(form.toSearch(), FilingAccess.visibility(), row -> print(printer, row));
        }
    }

    private void writeXlsx(FilingSearchForm form, HttpServletResponse response) throws IOException {
        prepare(response, XLSX, "filings.xlsx");
        // SXSSF keeps 100 rows in memory and writes the rest to a temporary file.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Filings");
            writeRow(sheet.createRow(0), FilingColumns.NAMES);
            int[] next = { 1 };
            this.filings.export(form.toSearch(), FilingAccess.visibility(),
                    row -> writeRow(sheet.createRow(next[0]++), FilingColumns.values(row)));
            OutputStream out = response.getOutputStream();
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void prepare(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
    }

    private static void print(CSVPrinter printer, FilingExportRow row) {
        try {
            printer.printRecord(FilingColumns.values(row));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void writeRow(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

}
