package org.aiip.tracker.compliance;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/** An assessment of a member on a clause, or its evidence, was created, changed or reviewed, announced inside the write's transaction (audited there; the page-cache revision moves after the commit). */
public record AssessmentChanged(String recordType, Long recordId, AuditAction action, Long memberId, String summary,
        List<FieldChange> changes) implements RecordChanged {
}
