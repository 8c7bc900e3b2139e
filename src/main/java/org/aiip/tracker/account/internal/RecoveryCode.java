package org.aiip.tracker.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recovery code of an account, stored as its SHA-256 hash only; usable once. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private String codeHash;

    private Instant createdAt;

    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long accountId, String codeHash, Instant createdAt) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    Long getId() {
        return this.id;
    }

    Instant getUsedAt() {
        return this.usedAt;
    }

}
