package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.List;

/**
 * The columns of the filing CSV and XLSX files, in order: what the export writes and the import
 * reads (documented in docs/import-format.md).
 */
public final class FilingColumns {

    public static final List<String> NAMES = List.of("office", "application_number", "applicant", "title",
            "abstract", "filing_date", "filing_date_known", "priority_date", "publication_number", "publication_date",
            "grant_number", "grant_date", "legal_status", "technology_area", "ipc_classes", "open_licence",
            "licence_terms", "family_key");

    /**
     * The export's last column: the filing's page on this site. Not a field of the filing: the import reads
     * past it, so that an exported file imports again.
     */
    public static final String ADDRESS = "address";

    private FilingColumns() {
    }

    /** The row's values as text, in the order of {@link #NAMES}, neutralised against formula injection. */
    public static List<String> values(FilingExportRow row) {
        return List.of(text(row.office().name()), text(row.displayNumber()), text(row.applicantSlug()),
                text(row.title()), text(row.abstractText()), date(row.filingDate()), known(row.filingDateSource()),
                date(row.priorityDate()),
                text(row.publicationNumber()), date(row.publicationDate()), text(row.grantNumber()),
                date(row.grantDate()), text(row.legalStatus().name()), text(row.technologyArea()),
                text(row.ipcClasses()), row.openLicence() ? "yes" : "no", text(row.licenceTerms()),
                text(row.familyKey()));
    }

    /**
     * A cell that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
     * carriage return) gets a leading apostrophe, as OWASP advises against CSV injection.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }

    private static String text(String value) {
        return neutralise(value);
    }

    private static String known(FilingDateSource source) {
        return (source == null ? FilingDateSource.FILED : source).fileValue();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

}
