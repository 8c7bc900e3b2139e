package org.aiip.tracker.system;

import java.util.List;

/**
 * A change to the record, announced by the service that made it while its transaction is still open
 * (Spring's {@code ApplicationEventPublisher}). The audit trail writes its entry in that same transaction,
 * so a change never goes unrecorded; the {@link DataRevision} moves on once after the commit. Each module
 * has its own event ({@code FilingChanged}, {@code ClauseTextChanged}, ...) implementing this.
 */
public interface RecordChanged {

    /** The kind of record, as the audit trail names it ("filing", "clause", ...). */
    String recordType();

    Long recordId();

    AuditAction action();

    /** The member company the record belongs to, or {@code null}. */
    Long memberId();

    /** The record in a few words, for the audit log. */
    String summary();

    /** The fields that changed, before and after. */
    List<FieldChange> changes();

    /**
     * Whether the audit trail records it; an event announced only for the counts and caches (a save that
     * changed no field) says no.
     */
    default boolean recordable() {
        return true;
    }

}
