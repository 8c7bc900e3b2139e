package org.aiip.tracker.importing.internal;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/**
 * An import (an uploaded file or the real record) has written its rows, announced in the transaction that
 * marks its job done: the audit trail records the job, the page-cache revision moves after the commit.
 */
record ImportCompleted(Long recordId, Long memberId, String summary, List<FieldChange> changes)
        implements RecordChanged {

    @Override
    public String recordType() {
        return ImportRunner.AUDIT_TYPE;
    }

    @Override
    public AuditAction action() {
        return AuditAction.IMPORT;
    }

}
