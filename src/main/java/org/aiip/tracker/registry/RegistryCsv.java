package org.aiip.tracker.registry;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Writes a register as a CSV download in UTF-8 with a BOM (Excel reads it as UTF-8), with Commons CSV. */
public final class RegistryCsv {

    private RegistryCsv() {
    }

    public static void write(HttpServletResponse response, String filename, List<String> header, List<List<String>> rows)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer,
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    /** The value as a cell: empty for none. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
