package org.aiip.tracker.importing.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.aiip.tracker.filing.FilingColumns;

/**
 * The import page (upload form and recent jobs), the upload itself and the template file.
 * Admins and editors (SecurityConfig); what each may import is decided in {@link ImportService}.
 */
@Controller
class ImportController {

    /** One example row of the template, valid under the filing rules. */
    static final List<String> EXAMPLE = List.of("CN", "201710601862.3", "baidu",
            "Speech recognition method based on a deep neural network", "A method that recognises speech with a "
                    + "neural network trained on labelled audio.",
            "2017-07-20", "day", "2017-07-20", "CN107316081A", "2019-01-22", "", "", "UNDER_EXAMINATION",
            "SPEECH_RECOGNITION", "G10L 15/16; G06N 3/08", "yes",
            "Royalty-free licence under the initiative's open licensing pool, on request", "BAIDU-2017-0001");

    private final ImportService imports;

    private final ImportJobStore jobs;

    private final ImportScanner scanner;

    private final DataSize maxFileSize;

    private final long waitMillis;

    ImportController(ImportService imports, ImportJobStore jobs, ImportScanner scanner,
            @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize maxFileSize,
            @Value("${tracker.import.wait-millis:2000}") long waitMillis) {
        this.imports = imports;
        this.jobs = jobs;
        this.scanner = scanner;
        this.maxFileSize = maxFileSize;
        this.waitMillis = waitMillis;
    }

    @GetMapping("/admin/import")
    String index(@RequestParam(required = false) String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("uploadError", "importing.rejected.tooLarge");
            model.addAttribute("uploadErrorArgs", List.of(ImportService.sizeLabel(this.maxFileSize)));
        }
        return index(model);
    }

    private String index(Model model) {
        model.addAttribute("jobs", this.jobs.recent(30));
        model.addAttribute("columns", FilingColumns.NAMES);
        model.addAttribute("required", CsvSource.REQUIRED);
        model.addAttribute("maxSize", ImportService.sizeLabel(this.maxFileSize));
        model.addAttribute("maxRows", this.scanner.maxRows());
        return "importing/index";
    }

    @PostMapping("/admin/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
            throws IOException {
        try {
            ImportService.Started started = this.imports.upload(file, locale);
            waitBriefly(started.work(), this.waitMillis);
            return "redirect:/admin/import/" + started.job().getPublicId();
        }
        catch (ImportRejectedException ex) {
            model.addAttribute("uploadError", ex.code());
            model.addAttribute("uploadErrorArgs", ex.arguments());
            return index(model);
        }
    }

    @GetMapping("/admin/import/template.csv")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("filings-import-template.csv").build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // the BOM makes Excel read the file as UTF-8
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(FilingColumns.NAMES);
            printer.printRecord(EXAMPLE);
        }
    }

    /** Small files are checked or written within a moment: then the page shows the result at once. */
    static void waitBriefly(Future<?> work, long millis) {
        try {
            work.get(millis, TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException | ExecutionException ex) {
            // still running (the page shows progress) or failed (the job records why)
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
