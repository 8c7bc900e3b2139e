package org.aiip.tracker.importing.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FilingBulkWriter;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.filing.WrittenFiling;

/**
 * Writes the rows of a checked chunk inside the caller's transaction, through filing's one bulk entry point
 * ({@link FilingBulkWriter}): new filings are inserted, matching ones updated field by field (or skipped). The
 * search index takes the written filings once the transaction has committed.
 */
@Component
class ImportWriter {

    private final FilingBulkWriter filings;

    private final FilingIndexer index;

    ImportWriter(FilingBulkWriter filings, FilingIndexer index) {
        this.filings = filings;
        this.index = index;
    }

    /** Writes the rows without errors; returns what was created, updated and skipped. */
    WriteCounts write(List<CheckedRow> chunk, MatchChoice onMatch) {
        List<CheckedRow> created = new ArrayList<>();
        List<CheckedRow> updated = new ArrayList<>();
        int skipped = 0;
        for (CheckedRow row : chunk) {
            if (row.hasErrors()) {
                continue;
            }
            if (!row.matches()) {
                created.add(row);
            }
            else if (onMatch == MatchChoice.UPDATE) {
                updated.add(row);
            }
            else {
                skipped++;
            }
        }
        insert(created);
        update(updated);
        return new WriteCounts(created.size(), updated.size(), skipped);
    }

    private void insert(List<CheckedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<WrittenFiling> written = this.filings.insert(rows.stream().map(ImportWriter::stored).toList(),
                FilingBulkWriter.Origin.RECORD);
        this.index.indexAfterCommit(written.stream().map(WrittenFiling::id).toList());
    }

    private void update(List<CheckedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = rows.stream().map(CheckedRow::existingId).toList();
        this.filings.update(rows.stream().map(ImportWriter::stored).toList(), ids);
        this.index.indexAfterCommit(ids);
    }

    private static FilingBulkWriter.Row stored(CheckedRow row) {
        return FilingBulkWriter.Row.of(row.number(), row.data(), row.areaId());
    }

}
