package org.aiip.tracker.importing.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.FilingColumns;
import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.FilingRules;
import org.aiip.tracker.filing.InvalidValueException;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.system.RuleViolation;

/**
 * Turns one CSV record into a {@link CheckedRow}: reads each cell into its type (a problem there
 * names the column), then applies {@link FilingRules}, the same rules as the filing form, and the
 * rules of who may import for which company. Needs no database: members and areas are maps.
 */
final class RowChecker {

    static final int OFFICE = 0;

    static final int NUMBER = 1;

    static final int APPLICANT = 2;

    static final int TITLE = 3;

    static final int ABSTRACT = 4;

    static final int FILING_DATE = 5;

    static final int FILING_DATE_KNOWN = 6;

    static final int PRIORITY_DATE = 7;

    static final int PUBLICATION_NUMBER = 8;

    static final int PUBLICATION_DATE = 9;

    static final int GRANT_NUMBER = 10;

    static final int GRANT_DATE = 11;

    static final int LEGAL_STATUS = 12;

    static final int AREA = 13;

    static final int IPC = 14;

    static final int OPEN_LICENCE = 15;

    static final int LICENCE_TERMS = 16;

    static final int FAMILY_KEY = 17;

    /**
     * The form's date-order rules that a stand-in filing date (1 January of the year, or the priority date) cannot be
     * held to: they say nothing about the real dates, and apply only to a date of filing. A date known to the year is
     * stored as 1 January, before a priority date of the same year. For the export formats' rows too
     * ({@link SourceRowChecker}).
     */
    static final Set<String> EXACT_DATE_RULES = Set.of("filing.date.priorityAfterFiling",
            "filing.date.publicationBeforeFiling", "filing.date.grantBeforePublication");

    /** The form's field names (as in {@link RuleViolation#field()}) to the CSV columns. */
    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(Map.entry("office", "office"),
            Map.entry("applicationNumber", "application_number"), Map.entry("applicantId", "applicant"),
            Map.entry("title", "title"), Map.entry("abstractText", "abstract"), Map.entry("filingDate", "filing_date"),
            Map.entry("priorityDate", "priority_date"), Map.entry("publicationNumber", "publication_number"),
            Map.entry("publicationDate", "publication_date"), Map.entry("grantNumber", "grant_number"),
            Map.entry("grantDate", "grant_date"), Map.entry("legalStatus", "legal_status"),
            Map.entry("technologyArea", "technology_area"), Map.entry("ipcClasses", "ipc_classes"),
            Map.entry("openLicence", "open_licence"), Map.entry("licenceTerms", "licence_terms"),
            Map.entry("familyKey", "family_key"));

    private static final Map<String, LegalStatus> STATUSES = new HashMap<>();

    static {
        for (LegalStatus status : LegalStatus.values()) {
            STATUSES.put(status.name(), status);
        }
    }

    private final FilingRules rules;

    private final Map<String, Long> members;

    private final Map<String, Long> areas;

    private final Long editorMemberId;

    private final int[] columns;

    private final int width;

    /**
     * @param members member ids by slug
     * @param areas technology area ids by code
     * @param editorMemberId the company an editor imports for; null for admins, who import for any
     * @param columns the index of each of {@link FilingColumns#NAMES} in the file, -1 where absent
     * @param width the number of columns of the header
     */
    RowChecker(FilingRules rules, Map<String, Long> members, Map<String, Long> areas, Long editorMemberId,
            int[] columns, int width) {
        this.rules = rules;
        this.members = members;
        this.areas = areas;
        this.editorMemberId = editorMemberId;
        this.columns = columns;
        this.width = width;
    }

    CheckedRow check(CSVRecord record, int row) {
        List<RowIssue> issues = new ArrayList<>(2);
        if (record.size() != this.width) {
            issues.add(RowIssue.of("", "importing.row.fieldCount", "the row has a different number of fields than the header",
                    record.size(), this.width));
        }
        Cells cells = new Cells(record, issues);
        PatentOffice office = cells.office();
        Long applicantId = cells.applicant(this.members, this.editorMemberId);
        String areaCode = cells.text(AREA);
        Long areaId = areaCode == null ? null : this.areas.get(areaCode.toUpperCase(Locale.ROOT));
        if (areaCode != null && areaId == null) {
            issues.add(RowIssue.of(name(AREA), "filing.area.unknown", "unknown technology area"));
        }
        FilingData data = new FilingData(office, cells.text(NUMBER), applicantId, cells.text(TITLE),
                cells.text(ABSTRACT), cells.date(FILING_DATE), cells.date(PRIORITY_DATE),
                cells.text(PUBLICATION_NUMBER), cells.date(PUBLICATION_DATE), cells.text(GRANT_NUMBER),
                cells.date(GRANT_DATE), cells.status(), areaCode == null ? null : areaCode.toUpperCase(Locale.ROOT),
                cells.text(IPC), cells.bool(OPEN_LICENCE), cells.text(LICENCE_TERMS), cells.text(FAMILY_KEY));
        FilingDateSource dateKnown = cells.dateKnown(data.filingDate(), data.priorityDate());
        boolean standIn = dateKnown != null && dateKnown != FilingDateSource.FILED;
        Set<String> unreadable = new HashSet<>();
        issues.forEach(issue -> unreadable.add(issue.column()));
        if (data.applicationNumber() == null && data.publicationNumber() == null
                && !unreadable.contains(name(NUMBER))) {
            // The tracker's own rows name their filing by its application number. A filing on record known
            // by its publication only (from an export of The Lens, Google Patents or Espacenet) is named by
            // its publication number, as the tracker's export writes it ({@code ImportScanner} matches it).
            issues.add(RowIssue.of(name(NUMBER), "applicationNumber.required", "the application number is required"));
            unreadable.add(name(NUMBER));
        }
        for (RuleViolation violation : this.rules.check(data)) {
            String column = FIELD_COLUMNS.getOrDefault(violation.field(), violation.field());
            if (!unreadable.contains(column) && !(standIn && EXACT_DATE_RULES.contains(violation.code()))) {
                issues.add(new RowIssue(column, violation.code(), arguments(violation), violation.defaultMessage()));
            }
        }
        return new CheckedRow(row, record.toList(), data, number(data), areaId, cells.text(APPLICANT), issues,
                dateKnown);
    }

    private static ApplicationNumber number(FilingData data) {
        if (data.office() == null || data.applicationNumber() == null) {
            return null;
        }
        try {
            return ApplicationNumber.parse(data.office(), data.applicationNumber());
        }
        catch (InvalidValueException ex) {
            return null;
        }
    }

    private static List<String> arguments(RuleViolation violation) {
        Object[] arguments = violation.arguments();
        List<String> texts = new ArrayList<>(arguments == null ? 0 : arguments.length);
        if (arguments != null) {
            for (Object argument : arguments) {
                texts.add(String.valueOf(argument));
            }
        }
        return texts;
    }

    static String name(int column) {
        return FilingColumns.NAMES.get(column);
    }

    /** The cells of one record, read by column; problems go to the row's issues under the column's name. */
    private final class Cells {

        private final CSVRecord record;

        private final List<RowIssue> issues;

        Cells(CSVRecord record, List<RowIssue> issues) {
            this.record = record;
            this.issues = issues;
        }

        /** The cell stripped of surrounding spaces and of the export's formula guard; null when blank or absent. */
        String text(int column) {
            int index = RowChecker.this.columns[column];
            if (index < 0 || index >= this.record.size()) {
                return null;
            }
            String value = this.record.get(index).strip();
            if (value.isEmpty()) {
                return null;
            }
            return unneutralise(value);
        }

        PatentOffice office() {
            String value = text(OFFICE);
            if (value == null) {
                return null;
            }
            Optional<PatentOffice> office = PatentOffice.fromCode(value);
            if (office.isEmpty()) {
                this.issues.add(RowIssue.of(name(OFFICE), "importing.office.unknown", "unknown patent office", value));
            }
            return office.orElse(null);
        }

        Long applicant(Map<String, Long> members, Long editorMemberId) {
            String slug = text(APPLICANT);
            if (slug == null) {
                return null;
            }
            Long id = members.get(slug.toLowerCase(Locale.ROOT));
            if (id == null) {
                this.issues.add(RowIssue.of(name(APPLICANT), "importing.applicant.unknown",
                        "no member company has this slug", slug));
                return null;
            }
            if (editorMemberId != null && !editorMemberId.equals(id)) {
                this.issues.add(RowIssue.of(name(APPLICANT), "importing.applicant.notYours",
                        "editors can import only their own company's filings"));
            }
            return id;
        }

        LocalDate date(int column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            LocalDate date = parseDate(value);
            if (date == null) {
                this.issues.add(RowIssue.of(name(column), "importing.date.format", "enter a date as YYYY-MM-DD", value));
            }
            return date;
        }

        /**
         * How much of the filing date the row says is known ({@code filing_date_known}); null when the file has no
         * such column or the cell is blank. A month or a year is stored as its first day, a stand-in priority date
         * as the priority date: a date that is not is an error here, not a silent estimate.
         */
        FilingDateSource dateKnown(LocalDate filingDate, LocalDate priorityDate) {
            String value = text(FILING_DATE_KNOWN);
            if (value == null) {
                return null;
            }
            FilingDateSource source = FilingDateSource.fromFileValue(value);
            if (source == null) {
                this.issues.add(RowIssue.of(name(FILING_DATE_KNOWN), "importing.dateKnown.unknown",
                        "enter day, month, year, priority or publication_year", value));
                return null;
            }
            if (filingDate == null) {
                return source;
            }
            boolean fits = switch (source) {
                case FILED -> true;
                case FILING_MONTH -> filingDate.getDayOfMonth() == 1;
                case FILING_YEAR, PUBLICATION_YEAR -> filingDate.getDayOfYear() == 1;
                case EARLIEST_PRIORITY -> filingDate.equals(priorityDate);
            };
            if (!fits) {
                String code = switch (source) {
                    case FILING_MONTH -> "importing.dateKnown.notFirstOfMonth";
                    case EARLIEST_PRIORITY -> "importing.dateKnown.notPriority";
                    default -> "importing.dateKnown.notFirstOfYear";
                };
                this.issues.add(RowIssue.of(name(FILING_DATE_KNOWN), code,
                        "the filing date does not fit what the row says is known of it", value,
                        filingDate.toString()));
            }
            return source;
        }

        LegalStatus status() {
            String value = text(LEGAL_STATUS);
            if (value == null) {
                return null;
            }
            LegalStatus status = STATUSES.get(value.toUpperCase(Locale.ROOT).replace(' ', '_'));
            if (status == null) {
                this.issues.add(RowIssue.of(name(LEGAL_STATUS), "importing.status.unknown", "unknown legal status",
                        value));
            }
            return status;
        }

        boolean bool(int column) {
            String value = text(column);
            if (value == null) {
                return false;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "true", "1", "y":
                    return true;
                case "no", "false", "0", "n":
                    return false;
                default:
                    this.issues.add(RowIssue.of(name(column), "importing.boolean.format", "enter yes or no", value));
                    return false;
            }
        }

    }

    /** Removes the apostrophe the export puts before a cell that a spreadsheet would take for a formula. */
    static String unneutralise(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'') {
            char next = value.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r') {
                return value.substring(1);
            }
        }
        return value;
    }

    /** A strict ISO date (yyyy-MM-dd), or null. Hand-read because it runs for every date cell of a million rows. */
    static LocalDate parseDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        }
        catch (DateTimeException ex) {
            return null;
        }
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

}
