package org.aiip.tracker.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /** Writes the rows without errors; returns what was created, updated, skipped and found unchanged. */
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
        int changed = update(updated);
        return new WriteCounts(created.size(), changed, skipped, updated.size() - changed);
    }

    private void insert(List<CheckedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<WrittenFiling> written = this.filings.insert(rows.stream().map(ImportWriter::stored).toList(),
                rows.stream().map(row -> FilingBulkWriter.Extras.dated(row.dateSource())).toList(),
                FilingBulkWriter.Origin.RECORD);
        this.index.indexAfterCommit(written.stream().map(WrittenFiling::id).toList());
    }

    /** Updates the filings the rows match; returns how many changed (the others had the rows' values already). */
    private int update(List<CheckedRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> ids = rows.stream().map(CheckedRow::existingId).toList();
        Set<Long> changed = this.filings.update(rows.stream().map(ImportWriter::stored).toList(), ids,
                rows.stream().map(CheckedRow::dateSource).toList());
        this.index.indexAfterCommit(changed);
        return changed.size();
    }

    private static FilingBulkWriter.Row stored(CheckedRow row) {
        return FilingBulkWriter.Row.of(row.number(), row.data(), row.areaId());
    }

}
