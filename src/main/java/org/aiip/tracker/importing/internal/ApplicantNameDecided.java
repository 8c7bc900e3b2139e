package org.aiip.tracker.importing.internal;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/**
 * An applicant name from the review queue was assigned to a member or set aside, with what happened to the rows
 * that waited for it; announced inside the decision's transaction.
 */
record ApplicantNameDecided(String recordType, Long recordId, AuditAction action, Long memberId,
        String summary, List<FieldChange> changes) implements RecordChanged {
}
