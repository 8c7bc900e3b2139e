package org.aiip.tracker.importing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.filing.FilingColumns;

/**
 * CSV files for the import tests: the documented header and rows with fresh, valid CN numbers. The header leaves out
 * the optional {@code filing_date_known} column, as files written before it had it: every date is then a day.
 */
public final class ImportTestFiles {

    public static final String HEADER = String.join(",",
            FilingColumns.NAMES.stream().filter(name -> !name.equals("filing_date_known")).toList());

    private ImportTestFiles() {
    }

    /** A new, valid CN application number as people write it. */
    public static String number() {
        return Fixtures.cnNumber(2019).display();
    }

    /** A valid row of a filed (unpublished) filing. */
    public static String row(String number, String applicant, String title) {
        return row(number, applicant, title, "2019-03-01");
    }

    public static String row(String number, String applicant, String title, String filingDate) {
        return String.join(",", "CN", number, applicant, title, "", filingDate, "", "", "", "", "", "FILED",
                "DEEP_LEARNING", "G06N 3/08; G10L 15/22", "no", "", "");
    }

    /** {@code count} valid rows of the applicant with fresh numbers. */
    public static List<String> rows(int count, String applicant, String titlePrefix) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(number(), applicant, titlePrefix + " " + i));
        }
        return rows;
    }

    public static byte[] csv(List<String> rows) {
        return csv(rows.toArray(String[]::new));
    }

    public static byte[] csv(String... rows) {
        StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        for (String row : rows) {
            text.append(row).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

}
