package org.aiip.tracker.agreement.internal;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/** A cooperation agreement was created or changed, announced inside the write's transaction (audited there; the page-cache revision moves after the commit). */
record AgreementChanged(String recordType, Long recordId, AuditAction action, Long memberId, String summary,
        List<FieldChange> changes) implements RecordChanged {
}
