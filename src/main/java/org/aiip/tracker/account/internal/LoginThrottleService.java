package org.aiip.tracker.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then locks out guessing, per account name and per client address for passwords,
 * and per account for second-factor codes.
 * <p>
 * Passwords: failures count within a window; from the third on, each answer is delayed a little
 * longer; at the limit the name is locked for a while. The key of an unknown account name is
 * treated like any other, so that the answers do not reveal which names exist.
 * <p>
 * Second-factor codes (and recovery codes): failures count per account across sign-ins, and only a
 * right code resets them (a right password does not). After each wrong code the account takes no
 * code for a wait that doubles with every failure (1 s, 2 s, 4 s, 8 s by default); at the limit the
 * whole account is locked, and every lock-out in a row lasts twice as long as the last (15 minutes,
 * 30 minutes, ... at most a day). The waits are kept in the database, so parallel guesses through
 * several sessions or instances wait too.
 */
@Service
class LoginThrottleService {

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    private static final Duration LONGEST_LOCKOUT = Duration.ofDays(1);

    private final LoginThrottleRepository throttles;

    private final Clock clock;

    private final int maxPerAccount;

    private final int maxPerAddress;

    private final Duration window;

    private final Duration lockout;

    private final Duration delayStep;

    private final Duration secondFactorWait;

    LoginThrottleService(LoginThrottleRepository throttles,
            @Value("${tracker.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${tracker.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${tracker.login.window:PT15M}") Duration window,
            @Value("${tracker.login.lockout:PT15M}") Duration lockout,
            @Value("${tracker.login.delay-step:PT0.5S}") Duration delayStep,
            @Value("${tracker.login.second-factor-wait:PT1S}") Duration secondFactorWait) {
        this.throttles = throttles;
        this.clock = Clock.systemUTC();
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
        this.delayStep = delayStep;
        this.secondFactorWait = secondFactorWait;
    }

    /** Until when the account name or the address is locked, if it is. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        return latest(userKey(username), addressKey(address));
    }

    /**
     * Counts a failed sign-in and returns how long to hold back the answer. Locks the key when
     * it reaches its limit.
     */
    @Transactional
    public Duration recordFailure(String username, String address) {
        int accountFailures = fail(userKey(username), this.maxPerAccount, username, address);
        fail(addressKey(address), this.maxPerAddress, username, address);
        int extra = Math.max(0, accountFailures - 2);
        return this.delayStep.multipliedBy(Math.min(extra, 4));
    }

    @Transactional
    public void recordSuccess(String username) {
        this.throttles.deleteById(userKey(username));
    }

    /** The account's second factor takes no code until then: a wait after wrong codes, or a lock-out. */
    @Transactional(readOnly = true)
    Optional<Instant> secondFactorBlockedUntil(long accountId, String username, String address) {
        return latest(secondFactorKey(accountId), userKey(username), addressKey(address));
    }

    /** Counts a wrong second-factor or recovery code: a longer wait each time, at the limit a lock-out. */
    @Transactional
    void recordSecondFactorFailure(long accountId, String username, String address) {
        Instant now = this.clock.instant();
        String key = secondFactorKey(accountId);
        LoginThrottle throttle = this.throttles.findById(key).orElseGet(() -> new LoginThrottle(key, now));
        throttle.fail();
        if (throttle.getFailures() >= this.maxPerAccount) {
            Duration length = this.lockout.multipliedBy(1L << Math.min(throttle.getLockouts(), 10));
            Instant until = now.plus(length.compareTo(LONGEST_LOCKOUT) > 0 ? LONGEST_LOCKOUT : length);
            throttle.lockOut(until);
            lockAccount(username, until, now);
            SECURITY.warn("event=lockout key={} user={} address={} until={} lockouts={} at={}", key,
                    Usernames.forLog(username), address, until, throttle.getLockouts(), now);
        }
        else {
            throttle.lockUntil(now.plus(this.secondFactorWait.multipliedBy(1L << (throttle.getFailures() - 1))));
        }
        this.throttles.save(throttle);
        fail(addressKey(address), this.maxPerAddress, username, address);
    }

    /** A right code: the account's second-factor failures and lock-outs start again from nothing. */
    @Transactional
    void recordSecondFactorSuccess(long accountId) {
        this.throttles.findById(secondFactorKey(accountId)).ifPresent(this.throttles::delete);
    }

    private void lockAccount(String username, Instant until, Instant now) {
        String key = userKey(username);
        LoginThrottle account = this.throttles.findById(key).orElseGet(() -> new LoginThrottle(key, now));
        account.lockUntil(until);
        this.throttles.save(account);
    }

    private Optional<Instant> latest(String... keys) {
        Instant now = this.clock.instant();
        return Stream.of(keys)
            .map(this.throttles::findById)
            .flatMap(Optional::stream)
            .map(LoginThrottle::getLockedUntil)
            .filter(Objects::nonNull)
            .filter(until -> until.isAfter(now))
            .max(Instant::compareTo);
    }

    private int fail(String key, int limit, String username, String address) {
        Instant now = this.clock.instant();
        LoginThrottle throttle = this.throttles.findById(key).orElseGet(() -> new LoginThrottle(key, now));
        if (throttle.getFirstFailureAt().plus(this.window).isBefore(now)
                && (throttle.getLockedUntil() == null || throttle.getLockedUntil().isBefore(now))) {
            throttle.restart(now);
        }
        throttle.fail();
        if (throttle.getFailures() >= limit
                && (throttle.getLockedUntil() == null || !throttle.getLockedUntil().isAfter(now))) {
            throttle.lockUntil(now.plus(this.lockout));
            SECURITY.warn("event=lockout key={} user={} address={} until={} at={}", key, Usernames.forLog(username),
                    address, throttle.getLockedUntil(), now);
        }
        this.throttles.save(throttle);
        return throttle.getFailures();
    }

    private static String userKey(String username) {
        return "user:" + Usernames.throttleKey(username);
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }

    static String secondFactorKey(long accountId) {
        return "totp:" + accountId;
    }

}
