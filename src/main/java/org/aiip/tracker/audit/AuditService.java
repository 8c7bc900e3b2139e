package org.aiip.tracker.audit;

import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;
import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.system.Texts;
import org.aiip.tracker.audit.internal.AuditEntryRepository;

/**
 * Writes and reads the audit trail. Entries are written inside the transaction of the change
 * they describe: a change that rolls back leaves no entry, and no change goes unrecorded.
 */
@Service
public class AuditService implements RecordHistory {

    private final AuditEntryRepository entries;

    private final DataRevision revision;

    AuditService(AuditEntryRepository entries, DataRevision revision) {
        this.entries = entries;
        this.revision = revision;
    }

    /**
     * Records a change that a module announced, in the transaction of the change: the change and its
     * entry commit or roll back together.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(RecordChanged change) {
        if (change.recordable()) {
            save(change.recordType(), change.recordId(), change.action(), change.memberId(), change.summary(),
                    change.changes());
        }
    }

    /**
     * Records a change made by the person signed in now. Must run inside the change's transaction. For the
     * writers that do not announce their changes as {@link RecordChanged} events (yet).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(String entityType, Long entityId, AuditAction action, Long memberId, String summary,
            List<FieldChange> changes) {
        // A change recorded directly is a change to what the pages show: cached pages must not outlive it.
        // (An announced RecordChanged moves the revision by itself: DataRevision listens to it.)
        this.revision.changed();
        return save(entityType, entityId, action, memberId, summary, changes);
    }

    private AuditEntry save(String entityType, Long entityId, AuditAction action, Long memberId, String summary,
            List<FieldChange> changes) {
        return this.entries
            .save(new AuditEntry(CurrentUser.name(), entityType, entityId, action, memberId, summary, changes));
    }

    /** A record's history, newest first. */
    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, Long entityId) {
        return this.entries.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId);
    }

    /**
     * The changes to records of the given types made at or after a moment, newest first, each with its
     * fields before and after: undoing them in this order gives the records as they stood before it.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> since(java.time.Instant from, java.util.Collection<String> entityTypes) {
        return this.entries.findByEntityTypeInAndOccurredAtGreaterThanEqualOrderByOccurredAtDescIdDesc(entityTypes,
                from);
    }

    static final int PAGE_SIZE = 50;

    /** The highest page number whose first row still has an offset the database takes (an int). */
    static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

    /**
     * The admins' audit log, newest first, 50 a page, optionally narrowed by record type or user. A page
     * number beyond any the log can have is read as the last such page (an empty one), not an error.
     */
    @Transactional(readOnly = true)
    public Page<AuditEntry> log(String entityType, String username, int page) {
        String user = Texts.trimToNull(username);
        int number = Math.min(Math.max(page, 0), LAST_PAGE);
        Page<AuditEntry> result = this.entries.search(Texts.trimToNull(entityType),
                user == null ? null : user.toLowerCase(Locale.ROOT), PageRequest.of(number, PAGE_SIZE));
        // The page shows each entry's changes after this transaction (open-in-view is off): load
        // them now, batched (default_batch_fetch_size), not lazily in the template.
        result.forEach(AuditEntry::getChanges);
        return result;
    }

}
