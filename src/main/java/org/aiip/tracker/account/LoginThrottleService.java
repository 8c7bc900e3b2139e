package org.aiip.tracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then locks out password guessing, per account name and per client address.
 * Failures count within a window; from the third on, each answer is delayed a little longer; at
 * the limit the key is locked for a while. The key of an unknown account name is treated like any
 * other, so that the answers do not reveal which names exist.
 */
@Service
public class LoginThrottleService {

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    private final LoginThrottleRepository throttles;

    private final Clock clock;

    private final int maxPerAccount;

    private final int maxPerAddress;

    private final Duration window;

    private final Duration lockout;

    private final Duration delayStep;

    LoginThrottleService(LoginThrottleRepository throttles,
            @Value("${tracker.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${tracker.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${tracker.login.window:PT15M}") Duration window,
            @Value("${tracker.login.lockout:PT15M}") Duration lockout,
            @Value("${tracker.login.delay-step:PT0.5S}") Duration delayStep) {
        this.throttles = throttles;
        this.clock = Clock.systemUTC();
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
        this.delayStep = delayStep;
    }

    /** Until when the account name or the address is locked, if it is. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = this.clock.instant();
        return java.util.stream.Stream.of(userKey(username), addressKey(address))
            .map(this.throttles::findById)
            .flatMap(Optional::stream)
            .map(LoginThrottle::getLockedUntil)
            .filter(until -> until != null && until.isAfter(now))
            .max(Instant::compareTo);
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
            SECURITY.warn("event=lockout key={} user={} address={} until={} at={}", key, Usernames.forLog(username), address,
                    throttle.getLockedUntil(), now);
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

}
