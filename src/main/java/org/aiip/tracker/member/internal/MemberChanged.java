package org.aiip.tracker.member.internal;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/** A member company or one of its register names (aliases) was created, changed, withdrawn or removed, announced inside the write's transaction (audited there; the page-cache revision moves after the commit). */
record MemberChanged(String recordType, Long recordId, AuditAction action, Long memberId, String summary,
        List<FieldChange> changes) implements RecordChanged {
}
