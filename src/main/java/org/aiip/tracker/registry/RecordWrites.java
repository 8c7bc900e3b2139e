package org.aiip.tracker.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.jpa.repository.JpaRepository;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.system.Revision;

/**
 * How a registry writes its records, the same for all: a record is checked and filled ({@code apply}, which
 * throws when a rule is broken), saved, and audited field by field in the same transaction; a change from a
 * stale form is refused, and a save that changes nothing writes no audit entry. Changes are announced as
 * events ({@link RecordTrail}), not written to the audit module directly. Each registry service keeps
 * one, made with its repository and how its records are named in the audit trail; call it inside the
 * service's transaction.
 */
public final class RecordWrites<E extends SourcedRecord> {

    private final RecordTrail trail;

    private final JpaRepository<E, Long> records;

    private final String auditType;

    private final Function<E, Long> memberOf;

    private final Function<E, String> summaryOf;

    /**
     * @param auditType the audit trail's name for the records
     * @param memberOf the member company a record belongs to, or {@code null}
     * @param summaryOf a record in a few words, for the audit log
     */
    public RecordWrites(RecordTrail trail, JpaRepository<E, Long> records, String auditType,
            Function<E, Long> memberOf, Function<E, String> summaryOf) {
        this.trail = trail;
        this.records = records;
        this.auditType = auditType;
        this.memberOf = memberOf;
        this.summaryOf = summaryOf;
    }

    /** Saves a new record once {@code apply} has checked and filled it; every field is audited. */
    public E create(E record, Consumer<E> apply) {
        return create(record, apply, saved -> List.of());
    }

    /**
     * Saves a new record once {@code apply} has checked and filled it; every field is audited, and after them
     * what {@code more} writes of the saved record (a kept licence text).
     */
    public E create(E record, Consumer<E> apply, Function<E, List<FieldChange>> more) {
        apply.accept(record);
        this.records.saveAndFlush(record);
        List<FieldChange> changes = new ArrayList<>(Revision.created(record));
        changes.addAll(more.apply(record));
        record(record, AuditAction.CREATE, changes);
        return record;
    }

    /**
     * Changes a record as its editor saw it at {@code shownVersion}; throws
     * {@link org.aiip.tracker.system.StaleVersionException} when someone saved it since.
     * @param what the record in words, for the log ("case 12")
     */
    public E update(E record, long shownVersion, String what, Consumer<E> apply) {
        return update(record, shownVersion, what, apply, saved -> List.of());
    }

    /** As {@link #update(SourcedRecord, long, String, Consumer)}, with what {@code more} writes after the fields. */
    public E update(E record, long shownVersion, String what, Consumer<E> apply,
            Function<E, List<FieldChange>> more) {
        Revision revision = Revision.start(record, shownVersion, what);
        apply.accept(record);
        this.records.flush();
        List<FieldChange> changes = new ArrayList<>(revision.changes());
        changes.addAll(more.apply(record));
        if (!changes.isEmpty()) {
            record(record, AuditAction.UPDATE, changes);
        }
        return record;
    }

    /** Announces the change of the record (the audit trail records it in the same transaction). */
    public void record(E record, AuditAction action, List<FieldChange> changes) {
        this.trail.announce(this.auditType, record.getId(), action, this.memberOf.apply(record),
                this.summaryOf.apply(record), changes);
    }

    /** The history of a record, newest first; an unknown record is a 404 naming {@code what}. */
    public List<? extends RecordHistory.Entry> history(long id, String what) {
        this.records.findById(id).orElseThrow(() -> new NotFoundException(what));
        return this.trail.history(this.auditType, id);
    }

}
