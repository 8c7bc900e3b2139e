package org.aiip.tracker.membership.internal;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/** An event of a member's membership timeline was recorded or removed, announced inside the write's transaction. */
public record MembershipChanged(String recordType, Long recordId, AuditAction action, Long memberId, String summary,
        List<FieldChange> changes) implements RecordChanged {
}
