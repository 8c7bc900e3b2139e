package org.aiip.tracker.system;

import java.time.Instant;
import java.util.List;

/**
 * A record's history as the audit trail keeps it, for the history pages of the modules whose changes it
 * records (they announce changes with {@link RecordChanged} and read them back here, without depending on
 * the audit module).
 */
public interface RecordHistory {

    /** The record's entries, newest first. */
    List<? extends Entry> history(String recordType, Long recordId);

    /** One entry, as the history page shows it. */
    interface Entry {

        Instant getOccurredAt();

        String getUsername();

        String getEntityType();

        AuditAction getAction();

        String getSummary();

        List<FieldChange> getChanges();

    }

}
