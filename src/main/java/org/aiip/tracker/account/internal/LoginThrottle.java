package org.aiip.tracker.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Recent failed sign-ins for one key: an account name ({@code user:NAME}) or a client address
 * ({@code addr:IP}). Kept in the database so that every app instance sees the same counts.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    @Id
    private String throttleKey;

    private int failures;

    private Instant firstFailureAt;

    private Instant lockedUntil;

    /** Lock-outs in a row (second factor): each lasts twice as long as the one before. */
    private int lockouts;

    protected LoginThrottle() {
    }

    LoginThrottle(String key, Instant now) {
        this.throttleKey = key;
        this.firstFailureAt = now;
    }

    int getFailures() {
        return this.failures;
    }

    Instant getFirstFailureAt() {
        return this.firstFailureAt;
    }

    Instant getLockedUntil() {
        return this.lockedUntil;
    }

    void restart(Instant now) {
        this.failures = 0;
        this.firstFailureAt = now;
        this.lockedUntil = null;
    }

    void fail() {
        this.failures++;
    }

    void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    int getLockouts() {
        return this.lockouts;
    }

    /** A lock-out: the failures start again from zero, and the next lock-out will last longer. */
    void lockOut(Instant until) {
        this.lockedUntil = until;
        this.failures = 0;
        this.lockouts++;
    }

}
