package org.aiip.tracker.registry;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordHistory;

/**
 * The registries' side of the audit trail: a change is announced as a {@link RegistryRecordChanged} event inside
 * the write's transaction (the audit trail records it there, the page-cache revision moves after the commit), and
 * a record's history is read back through {@link RecordHistory}, so that no registry calls the audit module.
 */
@Component
public class RecordTrail {

    private final ApplicationEventPublisher events;

    private final RecordHistory history;

    RecordTrail(ApplicationEventPublisher events, RecordHistory history) {
        this.events = events;
        this.history = history;
    }

    void announce(String recordType, Long recordId, AuditAction action, Long memberId, String summary,
            List<FieldChange> changes) {
        this.events.publishEvent(new RegistryRecordChanged(recordType, recordId, action, memberId, summary, changes));
    }

    List<? extends RecordHistory.Entry> history(String recordType, Long recordId) {
        return this.history.history(recordType, recordId);
    }

}
