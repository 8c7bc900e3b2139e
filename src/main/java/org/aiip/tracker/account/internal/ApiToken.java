package org.aiip.tracker.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.aiip.tracker.account.UserAccount;

/**
 * A personal API token. The token itself is never stored: only its SHA-256 hash (to find it when
 * it is used) and its first characters (so that its owner can tell it apart from the others).
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    private String name;

    private String tokenHash;

    private String tokenPrefix;

    private Instant createdAt;

    private Instant lastUsedAt;

    private Instant expiresAt;

    private Instant revokedAt;

    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(UserAccount account, String name, String tokenHash, String tokenPrefix, Instant createdAt,
            Instant expiresAt) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token may still be used at the given moment: not revoked, not expired. */
    boolean isActive(Instant now) {
        return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
    }

    void revoke(Instant now, String by) {
        if (this.revokedAt == null) {
            this.revokedAt = now;
            this.revokedBy = by;
        }
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    public Long getId() {
        return this.id;
    }

    UserAccount getAccount() {
        return this.account;
    }

    public String getName() {
        return this.name;
    }

    public String getTokenPrefix() {
        return this.tokenPrefix;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public Instant getLastUsedAt() {
        return this.lastUsedAt;
    }

    public Instant getExpiresAt() {
        return this.expiresAt;
    }

    public Instant getRevokedAt() {
        return this.revokedAt;
    }

    public String getRevokedBy() {
        return this.revokedBy;
    }

    /** Whether the token works now; for the pages. */
    public boolean isActive() {
        return isActive(Instant.now());
    }

    /** Whether the token has run out (and was not revoked before); for the pages. */
    public boolean isExpired() {
        return this.revokedAt == null && !isActive();
    }

}
