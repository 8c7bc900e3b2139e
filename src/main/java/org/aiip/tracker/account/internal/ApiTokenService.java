package org.aiip.tracker.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.ApplicationEventPublisher;

import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.account.AccountEvent;
import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.Role;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.account.UserAccount;

/**
 * Personal API tokens: creates them (the token is returned once and only its hash is kept), lists
 * and revokes them, and finds the person behind a token the API receives. A token stops working
 * when it is revoked or expires, and when its account is disabled or its password reset (both
 * revoke all the account's tokens, see {@link AccountService}).
 */
@Service
@Transactional
public class ApiTokenService {

    /** What every token starts with, so that people (and secret scanners) recognise one. */
    static final String TOKEN_START = "itk_";

    /** How many characters of a token are kept and shown: {@code itk_} and 8 random ones. */
    static final int PREFIX_LENGTH = 12;

    static final int MAX_ACTIVE_PER_ACCOUNT = 20;

    /**
     * 43 random letters and digits: 256 bits that nobody can guess, and a token that a double
     * click selects whole (no punctuation in it).
     */
    private static final int SECRET_LENGTH = 43;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static final Pattern TOKEN_SHAPE = Pattern.compile(TOKEN_START + "[A-Za-z0-9]{" + SECRET_LENGTH + "}");

    /** Recording each use would write on every API call; once a minute is enough to show "last used". */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    private final ApiTokenRepository tokens;

    private final UserAccountRepository accounts;

    private final AppSettingService settings;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock = Clock.systemUTC();

    private final InvalidTokenLimiter limiter;

    private final ApplicationEventPublisher events;

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, AppSettingService settings,
            InvalidTokenLimiter limiter, ApplicationEventPublisher events) {
        this.events = events;
        this.tokens = tokens;
        this.accounts = accounts;
        this.settings = settings;
        this.limiter = limiter;
    }

    /** A token just created: the token itself, which is never shown again, and its record. */
    public record CreatedToken(String token, ApiToken record) {

        @Override
        public String toString() {
            return "CreatedToken[" + this.record.getTokenPrefix() + "…]";
        }

    }

    /**
     * Creates a token for the account, valid for the given number of days (0 or null: until it is
     * revoked). Refused with {@link AccountException} when the account has too many active tokens.
     */
    public CreatedToken create(Long accountId, String name, Integer validDays) {
        UserAccount account = this.accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
        Instant now = this.clock.instant();
        if (this.tokens.countActive(accountId, now) >= MAX_ACTIVE_PER_ACCOUNT) {
            throw new AccountException("name", "apiToken.tooMany");
        }
        String token = newToken();
        Instant expires = (validDays == null || validDays <= 0) ? null : now.plus(Duration.ofDays(validDays));
        ApiToken record = this.tokens
            .save(new ApiToken(account, name.trim(), hash(token), token.substring(0, PREFIX_LENGTH), now, expires));
        SECURITY.info("event=api-token-created user={} token={} prefix={} expires={} by={}", account.getUsername(),
                record.getId(), record.getTokenPrefix(), expires == null ? "never" : expires, CurrentUser.name());
        this.events.publishEvent(AccountEvent.of(account, AccountEvent.Kind.TOKEN_CREATED, record.getName()));
        return new CreatedToken(token, record);
    }

    @Transactional(readOnly = true)
    List<ApiToken> tokensOf(Long accountId) {
        return this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(accountId);
    }

    /** Revokes one of the account's tokens; another account's token is a 404. */
    ApiToken revoke(Long accountId, Long tokenId) {
        ApiToken token = this.tokens.findByIdAndAccountId(tokenId, accountId)
            .orElseThrow(() -> new NotFoundException("token"));
        if (token.getRevokedAt() == null) {
            token.revoke(this.clock.instant(), CurrentUser.name());
            SECURITY.info("event=api-token-revoked user={} token={} prefix={} by={}",
                    token.getAccount().getUsername(), token.getId(), token.getTokenPrefix(), CurrentUser.name());
            this.events.publishEvent(AccountEvent.of(token.getAccount(), AccountEvent.Kind.TOKEN_REVOKED, token.getName()));
        }
        return token;
    }

    /** Revokes every token of the account, e.g. when it is disabled or its password reset. */
    public void revokeAll(Long accountId, String reason) {
        List<ApiToken> active = this.tokens.findByAccountIdAndRevokedAtIsNull(accountId);
        Instant now = this.clock.instant();
        active.forEach(token -> token.revoke(now, CurrentUser.name()));
        if (!active.isEmpty()) {
            SECURITY.info("event=api-tokens-revoked account={} count={} reason={} by={}", accountId, active.size(),
                    reason, CurrentUser.name());
            this.events.publishEvent(AccountEvent.of(active.get(0).getAccount(), AccountEvent.Kind.TOKENS_REVOKED,
                    String.valueOf(active.size())));
        }
    }

    /**
     * The person behind a token the API received, or empty when the token is unknown, revoked or
     * expired, its account disabled, or it is an admin's while the admins' second factor is
     * required and this admin has none. Each refusal goes to the security log (never the token).
     */
    Optional<TrackerUser> authenticate(String presented, String address) {
        if (presented == null || !TOKEN_SHAPE.matcher(presented).matches()) {
            return refuse("malformed", null, null, address);
        }
        String prefix = presented.substring(0, PREFIX_LENGTH);
        Optional<ApiToken> found = this.tokens.findByTokenHash(hash(presented));
        if (found.isEmpty()) {
            return refuse("unknown", prefix, null, address);
        }
        ApiToken token = found.get();
        UserAccount account = token.getAccount();
        Instant now = this.clock.instant();
        if (token.getRevokedAt() != null) {
            return refuse("revoked", prefix, account, address);
        }
        if (!token.isActive(now)) {
            return refuse("expired", prefix, account, address);
        }
        if (!account.isEnabled()) {
            return refuse("account-disabled", prefix, account, address);
        }
        if (account.getRole() == Role.ADMIN && !account.isTotpEnabled() && this.settings.totpRequiredForAdmins()) {
            return refuse("second-factor-required", prefix, account, address);
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            token.used(now);
        }
        return Optional.of(TrackerUser.of(account).withoutPassword());
    }

    /** Logged at a bounded rate ({@link InvalidTokenLimiter#logLine}): lines left out are counted in the next. */
    private Optional<TrackerUser> refuse(String reason, String prefix, UserAccount account, String address) {
        long suppressed = this.limiter.logLine();
        if (suppressed >= 0) {
            SECURITY.warn("event=api-token-refused reason={} prefix={} user={} address={} not-logged-before={}", reason,
                    prefix == null ? "-" : prefix, account == null ? "-" : account.getUsername(), address, suppressed);
        }
        return Optional.empty();
    }

    private String newToken() {
        StringBuilder token = new StringBuilder(TOKEN_START);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            token.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    /** The stored form of a token: its SHA-256 hash in hex. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

}
