package org.aiip.tracker.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordHistory;

/** One create, update or withdrawal of one record, by one person, with what changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements RecordHistory.Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String username;

    private String entityType;

    private Long entityId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private Long memberId;

    private String summary;

    @ElementCollection
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    protected AuditEntry() {
    }

    AuditEntry(String username, String entityType, Long entityId, AuditAction action, Long memberId, String summary,
            List<FieldChange> changes) {
        this.occurredAt = Instant.now();
        this.username = username;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.memberId = memberId;
        this.summary = summary == null || summary.length() <= 300 ? summary : summary.substring(0, 299) + "…";
        this.changes.addAll(changes);
    }

    public Long getId() {
        return this.id;
    }

    public Instant getOccurredAt() {
        return this.occurredAt;
    }

    public String getUsername() {
        return this.username;
    }

    public String getEntityType() {
        return this.entityType;
    }

    public Long getEntityId() {
        return this.entityId;
    }

    public AuditAction getAction() {
        return this.action;
    }

    public Long getMemberId() {
        return this.memberId;
    }

    public String getSummary() {
        return this.summary;
    }

    public List<FieldChange> getChanges() {
        return List.copyOf(this.changes);
    }

}
