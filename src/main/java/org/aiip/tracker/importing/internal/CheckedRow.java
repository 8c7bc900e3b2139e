package org.aiip.tracker.importing.internal;

import java.util.ArrayList;
import java.util.List;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingDateSource;

/**
 * One data row of a file after the checks: the values as read, the filing they describe, and
 * either the problems that keep it out or, when it matches a filing on record, that filing's id.
 */
final class CheckedRow {

    private final int row;

    private final List<String> raw;

    private final FilingData data;

    private final ApplicationNumber number;

    private final Long areaId;

    private final String applicantSlug;

    private final List<RowIssue> issues;

    private final RowExtras extras;

    private Long existingId;

    /** The earlier row of the same file that describes the same application, or -1. */
    private int joinsRow = -1;

    private List<Conflict> conflicts = List.of();

    /** How much of the filing date a row of the tracker's own format says is known; null when it does not say. */
    private final FilingDateSource dateKnown;

    CheckedRow(int row, List<String> raw, FilingData data, ApplicationNumber number, Long areaId,
            String applicantSlug, List<RowIssue> issues, FilingDateSource dateKnown) {
        this(row, raw, data, number, areaId, applicantSlug, issues, null, dateKnown);
    }

    CheckedRow(int row, List<String> raw, FilingData data, ApplicationNumber number, Long areaId,
            String applicantSlug, List<RowIssue> issues, RowExtras extras) {
        this(row, raw, data, number, areaId, applicantSlug, issues, extras,
                extras == null ? null : extras.dateSource());
    }

    private CheckedRow(int row, List<String> raw, FilingData data, ApplicationNumber number, Long areaId,
            String applicantSlug, List<RowIssue> issues, RowExtras extras, FilingDateSource dateKnown) {
        this.extras = extras;
        this.dateKnown = dateKnown;
        this.applicantSlug = applicantSlug;
        this.row = row;
        this.raw = raw;
        this.data = data;
        this.number = number;
        this.areaId = areaId;
        this.issues = new ArrayList<>(issues);
    }

    /** The row number as a spreadsheet shows it: the header is row 1. */
    int row() {
        return this.row;
    }

    List<String> raw() {
        return this.raw;
    }

    FilingData data() {
        return this.data;
    }

    /** The parsed application number; null when it is missing or invalid. */
    ApplicationNumber number() {
        return this.number;
    }

    Long areaId() {
        return this.areaId;
    }

    /** The applicant as the file names it (a member slug). */
    String applicantSlug() {
        return this.applicantSlug;
    }

    List<RowIssue> issues() {
        return this.issues;
    }

    boolean hasErrors() {
        return !this.issues.isEmpty();
    }

    Long existingId() {
        return this.existingId;
    }

    boolean matches() {
        return this.existingId != null && !hasErrors() && !waits();
    }

    /**
     * How much of the filing date the row says is known: an export row's reading of it, or a row of the tracker's
     * own format's {@code filing_date_known}; null when the row does not say (a file without that column).
     */
    FilingDateSource dateSource() {
        return this.dateKnown;
    }

    /** An export row's extras; null for a row of the tracker's own format. */
    RowExtras extras() {
        return this.extras;
    }

    /** Whether the row waits for company names to be decided (and is then neither written nor an error). */
    boolean waits() {
        return this.extras != null && this.extras.waits() && !hasErrors();
    }

    int joinsRow() {
        return this.joinsRow;
    }

    /** Whether an earlier row of the file describes the same application: this one adds to it. */
    boolean joins() {
        return this.joinsRow >= 0 && this.existingId == null && !hasErrors() && !waits();
    }

    void joinRow(int row) {
        this.joinsRow = row;
    }

    /** Fields the file would change although they were changed by hand since the last import. */
    List<Conflict> conflicts() {
        return this.conflicts;
    }

    void conflicts(List<Conflict> conflicts) {
        this.conflicts = List.copyOf(conflicts);
    }

    /** A field of a filing on record that differs in the file and was entered or changed by hand. */
    record Conflict(long filingId, String field, String current, String incoming) {

        String choiceKey() {
            return this.filingId + ":" + this.field;
        }

    }

    void matchExisting(Long id) {
        this.existingId = id;
    }

    void reject(RowIssue issue) {
        this.issues.add(issue);
    }

}
