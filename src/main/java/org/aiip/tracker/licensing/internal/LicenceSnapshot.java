package org.aiip.tracker.licensing.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The licence text of an offer as it was when someone kept it: an uploaded file or pasted text, with
 * its SHA-256, so that a licence page that changes or vanishes can be shown as it stood, and anyone can
 * check that the stored copy is the one recorded. Never changed once stored. Lists read
 * {@link SnapshotInfo}, never the content.
 */
@Entity
@Table(name = "licence_snapshot")
public class LicenceSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long offerId;

    private Instant takenAt;

    private String takenBy;

    private String sourceUrl;

    private String fileName;

    private String mediaType;

    private long sizeBytes;

    private String sha256;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "content")
    private byte[] content;

    protected LicenceSnapshot() {
    }

    public LicenceSnapshot(Long offerId, SnapshotInput input, String takenBy) {
        this.offerId = offerId;
        this.takenAt = Instant.now();
        this.takenBy = takenBy;
        this.sourceUrl = input.sourceUrl();
        this.fileName = input.fileName();
        this.mediaType = input.mediaType();
        this.content = input.content();
        this.sizeBytes = input.content().length;
        this.sha256 = input.sha256();
    }

    Long getId() {
        return this.id;
    }

    Long getOfferId() {
        return this.offerId;
    }

    String getSha256() {
        return this.sha256;
    }

    public String auditText() {
        return this.sha256 + " (" + this.sizeBytes + " bytes, " + this.mediaType
                + (this.fileName == null ? "" : ", " + this.fileName) + ")";
    }

}
