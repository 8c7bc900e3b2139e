package org.aiip.tracker.registry;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/**
 * A registry record (licence offer, case, transfer, standards declaration) was created or changed, announced
 * inside the write's transaction.
 */
public record RegistryRecordChanged(String recordType, Long recordId, AuditAction action, Long memberId,
        String summary, List<FieldChange> changes) implements RecordChanged {
}
