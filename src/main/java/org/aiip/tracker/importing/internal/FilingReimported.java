package org.aiip.tracker.importing.internal;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/**
 * A later export changed fields of a filing already on record, announced inside the import's transaction; the
 * summary names the import.
 */
record FilingReimported(Long recordId, Long memberId, String summary, List<FieldChange> changes)
        implements RecordChanged {

    @Override
    public String recordType() {
        return "filing";
    }

    @Override
    public AuditAction action() {
        return AuditAction.UPDATE;
    }

}
