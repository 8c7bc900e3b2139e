package org.aiip.tracker.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.aiip.tracker.member.MemberCompany;

/**
 * A person who signs in: an admin of the secretariat or an editor of one member company. The
 * password is stored only as an Argon2 hash.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private MemberCompany member;

    private boolean enabled = true;

    /** Raised when the account is disabled or its password reset, which ends its open sessions. */
    private int sessionEpoch;

    /** The active second factor's secret (encrypted: {@link TotpSecrets}). */
    private String totpSecret;

    private boolean totpEnabled;

    /** A new secret being set up; the active one stays until a code from the new one confirms it. */
    private String totpPendingSecret;

    /** The last time step a code was accepted for: a code of this step or an earlier one is refused. */
    private Long totpLastStep;

    private Instant createdAt;

    private Instant passwordChangedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Role role, MemberCompany member) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.member = member;
        this.createdAt = Instant.now();
        this.passwordChangedAt = this.createdAt;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
        this.sessionEpoch++;
    }

    /** The same password hashed again (a stronger cost): nothing else changes, no session ends. */
    public void rehash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void disable() {
        this.enabled = false;
        this.sessionEpoch++;
    }

    void enable() {
        this.enabled = true;
    }

    /** Keeps a new secret beside the active one (if any), which stays on until the new one is confirmed. */
    public void startTotpSetup(String secret) {
        this.totpPendingSecret = secret;
    }

    /** The new secret replaces the old one; {@code step} is the step of the code that confirmed it. */
    public void activatePendingTotp(long step) {
        this.totpSecret = this.totpPendingSecret;
        this.totpPendingSecret = null;
        this.totpEnabled = true;
        this.totpLastStep = step;
    }

    public void turnOffTotp() {
        this.totpEnabled = false;
        this.totpSecret = null;
        this.totpPendingSecret = null;
        this.totpLastStep = null;
    }

    /** Takes a code's time step as used; false when it, or a later one, was used already (a replay). */
    public boolean useTotpStep(long step) {
        if (this.totpLastStep != null && step <= this.totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    /** Raises the session epoch: every open session of the account ends (SessionValidityFilter). */
    public void endSessions() {
        this.sessionEpoch++;
    }

    public Long getId() {
        return this.id;
    }

    public String getUsername() {
        return this.username;
    }

    public String getPasswordHash() {
        return this.passwordHash;
    }

    public Role getRole() {
        return this.role;
    }

    public MemberCompany getMember() {
        return this.member;
    }

    public boolean isEnabled() {
        return this.enabled;
    }

    public int getSessionEpoch() {
        return this.sessionEpoch;
    }

    public String getTotpSecret() {
        return this.totpSecret;
    }

    public String getTotpPendingSecret() {
        return this.totpPendingSecret;
    }

    void setTotpSecrets(String active, String pending) {
        this.totpSecret = active;
        this.totpPendingSecret = pending;
    }

    public boolean isTotpEnabled() {
        return this.totpEnabled;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public Instant getPasswordChangedAt() {
        return this.passwordChangedAt;
    }

    public long getVersion() {
        return this.version;
    }

}
