package org.aiip.tracker.importing;

import java.util.ArrayList;
import java.util.List;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.FilingData;

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

    private Long existingId;

    CheckedRow(int row, List<String> raw, FilingData data, ApplicationNumber number, Long areaId,
            String applicantSlug, List<RowIssue> issues) {
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
        return this.existingId != null && !hasErrors();
    }

    void matchExisting(Long id) {
        this.existingId = id;
    }

    void reject(RowIssue issue) {
        this.issues.add(issue);
    }

}
