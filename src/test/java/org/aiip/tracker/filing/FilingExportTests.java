package org.aiip.tracker.filing;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CSV and XLSX downloads: same filters and confidentiality as the page, formulas neutralised. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class FilingExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    Fixtures fixtures;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        this.fixtures = new Fixtures(this.em);
        this.accounts = new TestAccounts(this.accountService, this.members);
        this.fixtures.publishedFiling("baidu", "=HYPERLINK(\"http://evil.example\",\"click\")", LocalDate.of(2019, 2, 1));
        PatentFiling withIpc = this.fixtures.publishedFiling("haier", "Fridge vision", LocalDate.of(2018, 3, 1));
        withIpc.setIpcSymbols(List.of(IpcSymbol.parse("G06V 10/82"), IpcSymbol.parse("H04L 67/12")));
        this.fixtures.unpublishedFiling("jd", "JD unpublished secret", LocalDate.of(2020, 5, 1));
        this.em.flush();
    }

    @Test
    void publicCsvHasTheDocumentedColumnsAndOnlyPublishedFilings() throws Exception {
        List<CSVRecord> rows = csv("/filings/export.csv", null);
        // the columns of docs/import-format.md, in its order, then the filing's address (which the import skips)
        List<String> header = new java.util.ArrayList<>(documentedColumns());
        header.add("address");
        assertThat(rows.get(0).values()).containsExactlyElementsOf(header);
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.get(3)).doesNotContain("JD unpublished secret");
        CSVRecord haier = rows.stream().filter(r -> r.get(3).equals("Fridge vision")).findFirst().orElseThrow();
        assertThat(haier.get(2)).isEqualTo("haier");
        assertThat(haier.get(14)).isEqualTo("G06V 10/82; H04L 67/12");
        assertThat(haier.get(5)).isEqualTo("2018-03-01");
        assertThat(haier.get(6)).as("known to the day").isEqualTo("day");
        // the filing's page, so that a row can be checked on the site
        assertThat(haier.get(18)).matches("http://localhost(:\\d+)?/filings/\\d+");
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() throws Exception {
        List<CSVRecord> rows = csv("/filings/export.csv?member=baidu", null);
        assertThat(rows.get(1).get(3)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(FilingColumns.neutralise("+1")).isEqualTo("'+1");
        assertThat(FilingColumns.neutralise("-2")).isEqualTo("'-2");
        assertThat(FilingColumns.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FilingColumns.neutralise("Plain")).isEqualTo("Plain");
    }

    @Test
    void editorsExportTheirOwnUnpublishedFilingsAndAdminsAll() throws Exception {
        assertThat(csv("/filings/export.csv", this.accounts.editor("jd"))).extracting(r -> r.get(3))
            .contains("JD unpublished secret");
        assertThat(csv("/filings/export.csv", this.accounts.editor("baidu"))).extracting(r -> r.get(3))
            .doesNotContain("JD unpublished secret");
        assertThat(csv("/filings/export.csv", this.accounts.admin())).hasSize(4);
    }

    @Test
    void xlsxIsASpreadsheetToReadWithTheImportCodesOnASecondSheet() throws Exception {
        byte[] body = this.mvc.perform(get("/filings/export.xlsx").param("member", "haier").param("lang", "ko"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"filings.xlsx\""))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            // the readable sheet, in the page's language: labels, not codes
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("출원");
            Row head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("출원번호");
            assertThat(workbook.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(5));
            // the codes sheet has the columns of docs/import-format.md, in its order
            List<String> codeColumns = new java.util.ArrayList<>();
            workbook.getSheetAt(1).getRow(0).forEach(cell -> codeColumns.add(cell.getStringCellValue()));
            assertThat(codeColumns).as("the columns of docs/import-format.md, in its order")
                .startsWith(documentedColumns().toArray(String[]::new));
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row fridge = sheet.getRow(1);
            assertThat(fridge.getCell(2).getStringCellValue()).isEqualTo("하이얼");
            assertThat(fridge.getCell(3).getStringCellValue()).isEqualTo("Fridge vision");
            // a date, formatted as one
            assertThat(DateUtil.isCellDateFormatted(fridge.getCell(5))).isTrue();
            assertThat(fridge.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 3, 1));
            assertThat(fridge.getCell(6).getStringCellValue()).isEqualTo("정확한 출원일");
            Cell link = fridge.getCell(18);
            assertThat(link.getHyperlink().getAddress()).matches("http://localhost(:\\d+)?/filings/\\d+");
            // the codes for import: the CSV's columns and values
            Sheet codes = workbook.getSheetAt(1);
            assertThat(codes.getRow(0).getCell(1).getStringCellValue()).isEqualTo("application_number");
            assertThat(codes.getRow(1).getCell(2).getStringCellValue()).isEqualTo("haier");
            assertThat(codes.getRow(1).getCell(12).getStringCellValue()).isEqualTo("PUBLISHED");
        }
    }

    /**
     * The column names of the table under "## Columns" in docs/import-format.md (the first cell of
     * each row, in back-quotes), read from the document people use, not from the code's constant.
     */
    static List<String> documentedColumns() throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs/import-format.md"));
        int start = lines.indexOf("## Columns");
        assertThat(start).as("docs/import-format.md has a '## Columns' section").isNotNegative();
        List<String> columns = new java.util.ArrayList<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\|\\s*`([a-z_]+)`\\s*\\|");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            java.util.regex.Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                columns.add(matcher.group(1));
            }
        }
        assertThat(columns).as("columns read from docs/import-format.md").hasSizeGreaterThan(10);
        return columns;
    }

    private List<CSVRecord> csv(String url, RequestPostProcessor user) throws Exception {
        var request = get(url);
        if (user != null) {
            request = request.with(user);
        }
        byte[] body = this.mvc.perform(request)
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

}
