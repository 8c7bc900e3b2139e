package org.aiip.tracker.clause.internal;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/** A language version of a clause was entered or changed, announced inside the write's transaction. */
public record ClauseTextChanged(Long recordId, int clauseNumber, String lang, AuditAction action,
        List<FieldChange> changes) implements RecordChanged {

    @Override
    public String recordType() {
        return ClauseEditService.AUDIT_TYPE;
    }

    @Override
    public Long memberId() {
        return null;
    }

    @Override
    public String summary() {
        return "Clause " + this.clauseNumber + " (" + this.lang + ")";
    }

}
