package org.aiip.tracker.registry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.aiip.tracker.system.Audited;

/**
 * What every registry record keeps besides its own fields: its id, the public page that reports it, a note,
 * the version that keeps a stale form from overwriting a newer save, and when it was created and last changed.
 * The columns ({@code id, source_url, note, version, created_at, updated_at}) are in each registry's table.
 */
@MappedSuperclass
public abstract class SourcedRecord implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The public page that reports the record. */
    private String sourceUrl;

    @Column(length = 4000)
    private String note;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    @PrePersist
    @PreUpdate
    void stamp() {
        Instant now = Instant.now();
        if (this.createdAt == null) {
            this.createdAt = now;
        }
        this.updatedAt = now;
    }

    /** Sets where the record comes from and the editor's note. */
    protected void source(String sourceUrl, String note) {
        this.sourceUrl = sourceUrl;
        this.note = note;
    }

    public Long getId() {
        return this.id;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public String getNote() {
        return this.note;
    }

    @Override
    public long getVersion() {
        return this.version;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public Instant getUpdatedAt() {
        return this.updatedAt;
    }

}
