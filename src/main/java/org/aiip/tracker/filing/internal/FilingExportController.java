package org.aiip.tracker.filing.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingColumns;
import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.FilingExportRow;
import org.aiip.tracker.filing.FilingSearchForm;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.TechnologyArea;
import org.aiip.tracker.filing.TechnologyAreaRepository;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.DownloadLimiter;

/**
 * Downloads of the filtered filing list as CSV and XLSX, with the same filters and the same
 * confidentiality as the page. Both stream: rows go out as the database returns them (the XLSX through
 * POI's SXSSF window of 100 rows and a temporary file). Both are bounded per caller and per instance
 * ({@link DownloadLimiter}). The CSV has the import's columns (so it imports again) and each filing's address.
 * The XLSX is a spreadsheet to read: its first sheet has the labels of the page's language, dates as dates,
 * a bold frozen header with a filter, set column widths and a link to each filing's page; its second sheet
 * has the import's columns and codes.
 */
@Controller
class FilingExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FilingService filings;

    private final DownloadLimiter downloads;

    private final MessageSource messages;

    private final MemberService members;

    private final TechnologyAreaRepository areas;

    FilingExportController(FilingService filings, DownloadLimiter downloads, MessageSource messages,
            MemberService members, TechnologyAreaRepository areas) {
        this.filings = filings;
        this.downloads = downloads;
        this.messages = messages;
        this.members = members;
        this.areas = areas;
    }

    /** How much of the filing date is known, in words, for the readable sheet (the codes sheet has the code). */
    private static final Map<FilingDateSource, String> DATE_KNOWN = Map.of(FilingDateSource.FILED,
            "filings.date.exact", FilingDateSource.FILING_MONTH, "filings.date.monthOnly", FilingDateSource.FILING_YEAR,
            "filings.date.yearOnly", FilingDateSource.EARLIEST_PRIORITY, "filings.date.priority",
            FilingDateSource.PUBLICATION_YEAR, "filings.date.publicationYear");

    /** The readable sheet's columns: the message key of each heading and its width in characters. */
    private static final List<Map.Entry<String, Integer>> READABLE = List.of(Map.entry("filings.column.number", 20),
            Map.entry("filings.column.office", 16), Map.entry("filings.column.applicant", 14),
            Map.entry("filings.column.title", 60), Map.entry("audit.field.abstract", 60),
            Map.entry("filings.column.filingDate", 12), Map.entry("filings.export.dateKnown", 18),
            Map.entry("audit.field.priorityDate", 12),
            Map.entry("audit.field.publicationNumber", 18), Map.entry("audit.field.publicationDate", 12),
            Map.entry("audit.field.grantNumber", 16), Map.entry("audit.field.grantDate", 12),
            Map.entry("filings.column.status", 16), Map.entry("filings.column.area", 24),
            Map.entry("audit.field.ipcClasses", 24), Map.entry("filings.column.open", 10),
            Map.entry("audit.field.licenceTerms", 30), Map.entry("audit.field.familyKey", 18),
            Map.entry("filings.export.address", 40));

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
        // The printer appends each value in small pieces: they collect in a buffer of characters, which is
        // encoded in large blocks and goes to the response 64 KB at a time (each write passes a chain of
        // response wrappers).
        Writer writer = new BufferedWriter(new OutputStreamWriter(
                new BufferedOutputStream(response.getOutputStream(), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF'); // the BOM makes Excel read the file as UTF-8
        List<String> header = new ArrayList<>(FilingColumns.NAMES);
        header.add(FilingColumns.ADDRESS);
        String base = base();
        // The printer appends each value, and its separators and quotes, to a StringBuilder, which goes to the writer
        // in one piece every 64 K characters: appending to the writer itself took a lock and copied each piece.
        StringBuilder rows = new StringBuilder(1 << 17);
        try (writer; CSVPrinter printer = new CSVPrinter(rows, CSVFormat.RFC4180.builder().setHeader(
                header.toArray(String[]::new)).get())) {
            writer.append(rows).flush(); // the download starts with the header, before the first rows are read
            rows.setLength(0);
            this.filings.export(form.toSearch(), FilingAccess.visibility(), row -> {
                print(printer, row, base);
                if (rows.length() >= 1 << 16) {
                    write(writer, rows);
                }
            });
            write(writer, rows);
        }
    }

    private static void write(Writer writer, StringBuilder rows) {
        try {
            writer.append(rows);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        rows.setLength(0);
    }

    private void writeXlsx(FilingSearchForm form, HttpServletResponse response) throws IOException {
        prepare(response, XLSX, "filings.xlsx");
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, MemberCompany> applicants = this.members.all()
            .stream()
            .collect(Collectors.toMap(MemberCompany::getSlug, Function.identity()));
        Map<String, TechnologyArea> areaByCode = this.areas.findAll()
            .stream()
            .collect(Collectors.toMap(TechnologyArea::getCode, Function.identity()));
        String base = base();
        // SXSSF keeps 100 rows in memory and writes the rest to a temporary file.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Font linkFont = workbook.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            CellStyle link = workbook.createCellStyle();
            link.setFont(linkFont);

            Sheet readable = workbook.createSheet(message("filings.export.sheet", locale));
            Sheet codes = workbook.createSheet(message("filings.export.sheetCodes", locale));
            Row head = readable.createRow(0);
            for (int i = 0; i < READABLE.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(message(READABLE.get(i).getKey(), locale));
                cell.setCellStyle(heading);
                readable.setColumnWidth(i, READABLE.get(i).getValue() * 256);
            }
            Row codesHead = codes.createRow(0);
            for (int i = 0; i < FilingColumns.NAMES.size(); i++) {
                Cell cell = codesHead.createCell(i);
                cell.setCellValue(FilingColumns.NAMES.get(i));
                cell.setCellStyle(heading);
                codes.setColumnWidth(i, 18 * 256);
            }
            int[] next = { 1 };
            this.filings.export(form.toSearch(), FilingAccess.visibility(), row -> {
                writeRow(codes.createRow(next[0]), FilingColumns.values(row));
                Row r = readable.createRow(next[0]++);
                int c = 0;
                text(r, c++, row.displayNumber() == null ? row.publicationNumber() : row.displayNumber());
                text(r, c++, message("office." + row.office().name(), locale));
                MemberCompany applicant = applicants.get(row.applicantSlug());
                text(r, c++, applicant == null ? row.applicantSlug() : applicant.name(locale));
                text(r, c++, row.title());
                text(r, c++, row.abstractText());
                date(r, c++, row.filingDate(), date);
                text(r, c++, message(DATE_KNOWN.get(row.filingDateSource()), locale));
                date(r, c++, row.priorityDate(), date);
                text(r, c++, row.publicationNumber());
                date(r, c++, row.publicationDate(), date);
                text(r, c++, row.grantNumber());
                date(r, c++, row.grantDate(), date);
                text(r, c++, message("legalStatus." + row.legalStatus().name(), locale));
                TechnologyArea area = areaByCode.get(row.technologyArea());
                text(r, c++, area == null ? row.technologyArea() : area.name(locale));
                text(r, c++, row.ipcClasses());
                text(r, c++, message(row.openLicence() ? "common.yes" : "common.no", locale));
                text(r, c++, row.licenceTerms());
                text(r, c++, row.familyKey());
                String address = base + "/filings/" + row.id();
                Cell cell = r.createCell(c);
                cell.setCellValue(address);
                Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
                hyperlink.setAddress(address);
                cell.setHyperlink(hyperlink);
                cell.setCellStyle(link);
            });
            for (Sheet sheet : List.of(readable, codes)) {
                sheet.createFreezePane(0, 1);
                int lastColumn = (sheet == readable ? READABLE.size() : FilingColumns.NAMES.size()) - 1;
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next[0] - 1, 1), 0, lastColumn));
            }
            OutputStream out = response.getOutputStream();
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The address of this site as the request reached it (behind a proxy: as the proxy says). */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private String message(String key, Locale locale) {
        return this.messages.getMessage(key, null, key, locale);
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(FilingColumns.neutralise(value));
    }

    private static void date(Row row, int column, java.time.LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static void prepare(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
    }

    private static void print(CSVPrinter printer, FilingExportRow row, String base) {
        try {
            List<String> values = new ArrayList<>(FilingColumns.values(row));
            values.add(base + "/filings/" + row.id());
            printer.printRecord(values);
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
