package org.aiip.tracker.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FilingRules;
import org.aiip.tracker.filing.TechnologyArea;
import org.aiip.tracker.filing.TechnologyAreaRepository;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;

/**
 * Reads a file row by row and checks every row, a chunk at a time: the filing rules and who may
 * import what per row (no database), repeats within the file from an index of every number
 * seen, and numbers already on record with one query per chunk. Both the preview and the write
 * run this same pass, so what is written is what was checked.
 */
@Component
class ImportScanner {

    /** What a pass hands on: the header first, then each checked chunk, then progress. */
    interface Listener {

        void header(List<String> names);

        void chunk(List<CheckedRow> rows);

        void progress(int rowsDone);

    }

    private final FilingRules rules;

    private final MemberService members;

    private final TechnologyAreaRepository areas;

    private final ExistingFilings existing;

    private final int chunkSize;

    private final int maxRows;

    ImportScanner(FilingRules rules, MemberService members, TechnologyAreaRepository areas, ExistingFilings existing,
            @Value("${tracker.import.chunk-size:1000}") int chunkSize,
            @Value("${tracker.import.max-rows:1000000}") int maxRows) {
        this.rules = rules;
        this.members = members;
        this.areas = areas;
        this.existing = existing;
        this.chunkSize = chunkSize;
        this.maxRows = maxRows;
    }

    int maxRows() {
        return this.maxRows;
    }

    /**
     * Checks the whole file.
     *
     * @param editorMemberId the company an editor imports for; null for an admin
     * @throws ImportRejectedException when the file as a whole cannot be read
     * @throws ImportInterruptedException when the thread is interrupted
     */
    ScanCounts scan(Path file, Long editorMemberId, Listener listener) throws IOException {
        Map<String, Long> memberIds = new HashMap<>();
        for (MemberCompany member : this.members.all()) {
            memberIds.put(member.getSlug(), member.getId());
        }
        Map<String, Long> areaIds = new HashMap<>();
        for (TechnologyArea area : this.areas.findAll()) {
            areaIds.put(area.getCode(), area.getId());
        }
        try (CsvSource source = CsvSource.open(file)) {
            listener.header(source.headerNames());
            RowChecker checker = new RowChecker(this.rules, memberIds, areaIds, editorMemberId, source.columns(),
                    source.headerNames().size());
            Tally tally = new Tally(new KeyIndex(), editorMemberId);
            List<CheckedRow> chunk = new ArrayList<>(this.chunkSize);
            for (CSVRecord record = source.next(); record != null; record = source.next()) {
                if (tally.total == this.maxRows) {
                    throw new ImportRejectedException("importing.rejected.tooManyRows", this.maxRows);
                }
                tally.total++;
                chunk.add(tally.repeat(checker.check(record, (int) record.getRecordNumber())));
                if (chunk.size() == this.chunkSize) {
                    finish(chunk, tally, listener);
                }
            }
            finish(chunk, tally, listener);
            return new ScanCounts(tally.total, tally.total - tally.errors, tally.errors, tally.matches);
        }
    }

    private void finish(List<CheckedRow> chunk, Tally tally, Listener listener) {
        if (chunk.isEmpty()) {
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportInterruptedException();
        }
        Map<String, ExistingFilings.Existing> found = this.existing.find(chunk);
        for (CheckedRow row : chunk) {
            tally.classify(row, found);
        }
        listener.chunk(chunk);
        listener.progress(tally.total);
        chunk.clear();
    }

    /** Running counts and the index of numbers seen. */
    private static final class Tally {

        private final KeyIndex keys;

        private final Long editorMemberId;

        private int total;

        private int errors;

        private int matches;

        Tally(KeyIndex keys, Long editorMemberId) {
            this.keys = keys;
            this.editorMemberId = editorMemberId;
        }

        /** A number that appeared in an earlier row of the file makes this row an error. */
        CheckedRow repeat(CheckedRow row) {
            if (row.number() != null) {
                String key = ExistingFilings.key(row.number().office(), row.number().normalised());
                int first = this.keys.putIfAbsent(key, row.row());
                if (first >= 0) {
                    row.reject(RowIssue.of(RowChecker.name(RowChecker.NUMBER), "importing.duplicateRow",
                            "the same office and number appear in an earlier row", first));
                }
            }
            return row;
        }

        void classify(CheckedRow row, Map<String, ExistingFilings.Existing> found) {
            if (!row.hasErrors() && row.number() != null) {
                ExistingFilings.Existing match = found
                    .get(ExistingFilings.key(row.number().office(), row.number().normalised()));
                if (match != null && this.editorMemberId != null && match.applicantId() != this.editorMemberId) {
                    // An editor may not change another company's filing; whether it exists (it may be
                    // unpublished) is not said: only that the number cannot be used.
                    row.reject(RowIssue.of(RowChecker.name(RowChecker.NUMBER), "filing.numberUnavailable",
                            "this application number cannot be used"));
                }
                else if (match != null) {
                    row.matchExisting(match.id());
                }
            }
            if (row.hasErrors()) {
                this.errors++;
            }
            else if (row.matches()) {
                this.matches++;
            }
        }

    }

}
