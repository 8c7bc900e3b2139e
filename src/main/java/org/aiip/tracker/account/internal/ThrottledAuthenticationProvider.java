package org.aiip.tracker.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import org.aiip.tracker.account.TrackerUser;

/**
 * Password sign-in with brute-force protection: a locked account name or address is refused
 * before the password is even checked, and every failure is counted and answered a little later.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** For the short waits between second-factor codes. */
    static final DateTimeFormatter LOCK_TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
        .withZone(ZoneOffset.UTC);

    private final DaoAuthenticationProvider passwords;

    private final LoginThrottleService throttle;

    ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
            LoginThrottleService throttle) {
        this.passwords = new DaoAuthenticationProvider(users) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                    org.springframework.security.core.userdetails.UserDetails user) {
                // The parent stores a new hash when the kept one was made with a lower cost.
                super.createSuccessAuthentication(principal, authentication, user);
                TrackerUser signedIn = ((TrackerUser) user).withoutPassword();
                UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken
                    .authenticated(signedIn, null, signedIn.getAuthorities());
                result.setDetails(authentication.getDetails());
                return result;
            }
        };
        this.passwords.setPasswordEncoder(encoder);
        // A hash made with a lower cost than the encoder's is made again with the password just checked.
        this.passwords.setUserDetailsPasswordService(users);
        this.throttle = throttle;
    }

    /**
     * The name is brought to its normal form first ({@link Usernames}), so that every spelling of it
     * shares one failure count. A name or password longer than any account can have is refused (and
     * counted) without a look-up or a hash.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = Usernames.normalise(authentication.getName());
        String address = address(authentication);
        Optional<Instant> locked = this.throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            throw new LockedException(LOCK_TIME.format(locked.get()));
        }
        try {
            if (!Usernames.possible(username) || tooLong(authentication.getCredentials())) {
                throw new BadCredentialsException("no account can have this name or password");
            }
            UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken
                .unauthenticated(username, authentication.getCredentials());
            normalised.setDetails(authentication.getDetails());
            Authentication result = this.passwords.authenticate(normalised);
            this.throttle.recordSuccess(username);
            return result;
        }
        catch (BadCredentialsException ex) {
            Duration delay = this.throttle.recordFailure(username, address);
            pause(delay);
            Optional<Instant> nowLocked = this.throttle.lockedUntil(username, address);
            if (nowLocked.isPresent()) {
                throw new LockedException(LOCK_TIME.format(nowLocked.get()));
            }
            throw ex;
        }
    }

    private static boolean tooLong(Object password) {
        return password instanceof String text && text.length() > 2 * PasswordPolicy.MAX_LENGTH;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
