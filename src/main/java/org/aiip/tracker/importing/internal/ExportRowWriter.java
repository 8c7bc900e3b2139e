package org.aiip.tracker.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FamilyJoiner;
import org.aiip.tracker.filing.FilingBulkWriter;
import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.WrittenFiling;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.Texts;

/**
 * Writes the checked rows of an export file inside the caller's transaction: new filings with their
 * applicants and owners as the file names them, their family references and the fingerprint of the
 * imported values; rows about filings on record (a later file, or the grant after the publication in
 * the same file) as a patch that fills gaps and takes newer values, but keeps fields changed by hand
 * unless the person chose the file's value. Each filing changed gets an audit entry naming the import;
 * the families of every filing written are joined. Every write goes through filing's {@link FilingBulkWriter}.
 */
@Component
class ExportRowWriter {

    private final FilingBulkWriter filings;

    private final ExistingFilings existing;

    private final FamilyJoiner families;

    private final FilingIndexer index;

    private final ApplicationEventPublisher events;

    ExportRowWriter(FilingBulkWriter filings, ExistingFilings existing, FamilyJoiner families,
            ApplicationEventPublisher events, FilingIndexer index) {
        this.index = index;
        this.filings = filings;
        this.existing = existing;
        this.families = families;
        this.events = events;
    }

    /** The import a chunk belongs to, for the audit trail, and the conflicts decided for the file's value. */
    record Context(long jobId, String fileName, Set<String> chosen, MatchChoice onMatch) {

        String summary() {
            return "import #" + this.jobId + " (" + this.fileName + ")";
        }

    }

    /** Writes the rows without errors that do not wait; returns what was created and updated. */
    WriteCounts write(List<CheckedRow> chunk, Context context) {
        List<CheckedRow> created = new ArrayList<>();
        List<CheckedRow> patches = new ArrayList<>();
        int skipped = 0;
        for (CheckedRow row : chunk) {
            if (row.hasErrors() || row.waits()) {
                continue;
            }
            if (row.existingId() == null && row.joinsRow() < 0) {
                created.add(row);
            }
            else if (row.existingId() != null && context.onMatch() == MatchChoice.SKIP) {
                skipped++;
            }
            else {
                patches.add(row);
            }
        }
        Map<Integer, Long> idsByRow = insert(created);
        Set<Long> touched = new LinkedHashSet<>(idsByRow.values());
        Map<Long, CheckedRow> targets = new LinkedHashMap<>();
        for (CheckedRow row : patches) {
            Long id = row.existingId() != null ? row.existingId() : idsByRow.get(row.joinsRow());
            if (id == null) {
                continue; // the row it joins was not written (it waits, or had errors)
            }
            targets.put(id, row);
        }
        Patched patched = patch(targets, context);
        touched.addAll(targets.keySet());
        Map<Long, FilingBulkWriter.Extras> added = new LinkedHashMap<>();
        targets.forEach((id, row) -> added.put(id, extras(row, null)));
        // Names, owners, co-applicant members and family references a later row brings are added.
        this.filings.addMissing(added);
        this.families.join(touched);
        // Written with SQL: the search index takes these filings once the transaction has committed.
        this.index.indexAfterCommit(touched);
        return new WriteCounts(created.size(), patched.changed(), skipped, patched.unchanged());
    }

    private Map<Integer, Long> insert(List<CheckedRow> rows) {
        Map<Integer, Long> ids = new HashMap<>();
        if (rows.isEmpty()) {
            return ids;
        }
        List<WrittenFiling> written = this.filings.insert(rows.stream().map(ExportRowWriter::stored).toList(),
                rows.stream().map(row -> extras(row, ImportedFields.fingerprintOf(row))).toList(),
                FilingBulkWriter.Origin.RECORD);
        for (int i = 0; i < rows.size(); i++) {
            ids.put(rows.get(i).row(), written.get(i).id());
        }
        return ids;
    }

    /** A new filing as an export row gives it: no licence and no family key (the families are joined after). */
    private static FilingBulkWriter.Row stored(CheckedRow row) {
        FilingData d = row.data();
        return new FilingBulkWriter.Row(d.office(), row.number(), d.applicantId(), row.areaId(), d.title().strip(),
                Texts.trimToNull(d.abstractText()), d.filingDate(), d.priorityDate(), d.publicationNumber(),
                d.publicationDate(), d.grantNumber(), d.grantDate(), d.legalStatus(), false, null, null,
                FilingBulkWriter.normalisedIpc(d.ipcClasses()));
    }

    private static FilingBulkWriter.Extras extras(CheckedRow row, String fingerprint) {
        RowExtras x = row.extras();
        return new FilingBulkWriter.Extras(x.dateSource(), x.sourceUrl(), x.applicantCount(), fingerprint, x.parties(),
                x.familyRefs(), x.coApplicantIds());
    }

    /** How many filings a chunk's patches changed, and how many already had every value the rows bring. */
    private record Patched(int changed, int unchanged) {
    }

    /** Applies each row to its filing as a patch; a filing that has the row's values already is left as it is. */
    private Patched patch(Map<Long, CheckedRow> targets, Context context) {
        if (targets.isEmpty()) {
            return new Patched(0, 0);
        }
        int unchanged = 0;
        Map<Long, ExistingFilings.State> states = this.existing.statesOf(targets.keySet());
        List<FilingBulkWriter.Patch> updates = new ArrayList<>();
        List<ExistingFilings.State> changedStates = new ArrayList<>();
        List<Map<String, String>> changeList = new ArrayList<>();
        for (Map.Entry<Long, CheckedRow> entry : targets.entrySet()) {
            ExistingFilings.State state = states.get(entry.getKey());
            CheckedRow row = entry.getValue();
            ImportedFields.Patch patch = ImportedFields.patch(state.id(), state.values(), state.dateSource(),
                    state.fingerprint(), row, context.chosen());
            Map<String, String> merged = new LinkedHashMap<>(state.values());
            merged.putAll(patch.changes());
            String print = ImportedFields.encode(patch.fingerprint());
            if (patch.changes().isEmpty() && print.equals(ImportedFields.encode(state.fingerprint()))) {
                unchanged++;
                continue;
            }
            FilingDateSource dateSource = patch.changes().containsKey("filingDate") ? row.extras().dateSource()
                    : state.dateSource();
            updates.add(stored(state.id(), merged, dateSource, print, patch.changes().containsKey("ipcClasses")));
            if (!patch.changes().isEmpty()) {
                changedStates.add(state);
                changeList.add(patch.changes());
            }
        }
        this.filings.patch(updates);
        for (int i = 0; i < changedStates.size(); i++) {
            ExistingFilings.State state = changedStates.get(i);
            Map<String, String> changes = changeList.get(i);
            List<FieldChange> fields = new ArrayList<>();
            changes.forEach((field, value) -> fields.add(new FieldChange(field, state.values().get(field), value)));
            this.events.publishEvent(new FilingReimported(state.id(), state.applicantId(), context.summary(), fields));
        }
        return new Patched(changedStates.size(), unchanged);
    }

    /** The merged values of a filing on record as they are stored; its IPC symbols only when they changed. */
    private static FilingBulkWriter.Patch stored(long id, Map<String, String> v, FilingDateSource dateSource,
            String print, boolean ipcChanged) {
        return new FilingBulkWriter.Patch(id, v.get("applicationNumber"), v.get("title"), v.get("abstract"),
                LocalDate.parse(v.get("filingDate")), dateSource, date(v.get("priorityDate")),
                v.get("publicationNumber"), date(v.get("publicationDate")), v.get("grantNumber"),
                date(v.get("grantDate")), LegalStatus.valueOf(v.get("legalStatus")), v.get("sourceUrl"), print,
                ipcChanged ? FilingBulkWriter.normalisedIpc(v.get("ipcClasses")) : null);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

}
