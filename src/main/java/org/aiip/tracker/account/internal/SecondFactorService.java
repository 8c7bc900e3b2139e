package org.aiip.tracker.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.account.AccountEvent;
import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.SecondFactorReset;
import org.aiip.tracker.account.UserAccount;

/**
 * Everything about a person's second factor: setting one up (the old one stays active until the new
 * one is confirmed), replacing or turning it off (password and a current code), recovery codes, the
 * code step of signing in, and an admin's reset for a lost authenticator.
 * <p>
 * Every wrong password and code given here counts like one at the sign-in form
 * ({@link LoginThrottleService}), so a stolen session cannot guess them either. Refusals are
 * {@link AccountException}s that do not roll back: the failure just counted must be kept.
 */
@Service
@Transactional(noRollbackFor = AccountException.class)
public class SecondFactorService {

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    private final UserAccountRepository accounts;

    private final PasswordEncoder encoder;

    private final TotpService totp;

    private final TotpSecrets secrets;

    private final RecoveryCodes recoveryCodes;

    private final LoginThrottleService throttle;

    private final ApplicationEventPublisher events;

    SecondFactorService(UserAccountRepository accounts, PasswordEncoder encoder, TotpService totp,
            TotpSecrets secrets, RecoveryCodes recoveryCodes, LoginThrottleService throttle,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.totp = totp;
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.throttle = throttle;
        this.events = events;
    }

    /** Where a person's second factor stands, read from the database (never from the session). */
    record Status(boolean on, boolean settingUp, long recoveryCodesLeft) {
    }

    @Transactional(readOnly = true)
    Status status(Long id) {
        UserAccount account = find(id);
        return new Status(account.isTotpEnabled(), account.getTotpPendingSecret() != null,
                account.isTotpEnabled() ? this.recoveryCodes.remaining(id) : 0);
    }

    /** Whether the account has a second factor on now. */
    @Transactional(readOnly = true)
    boolean isOn(Long id) {
        return this.accounts.findById(id).map(UserAccount::isTotpEnabled).orElse(false);
    }

    /** A new secret to set up; the active factor, if any, stays on until the new one is confirmed. */
    public String start(Long id) {
        UserAccount account = find(id);
        String secret = this.totp.newSecret();
        account.startTotpSetup(this.secrets.seal(secret));
        SECURITY.info("event=totp-setup-started user={} replacing={}", account.getUsername(), account.isTotpEnabled());
        return secret;
    }

    @Transactional(readOnly = true)
    Optional<String> pendingSecret(Long id) {
        return Optional.ofNullable(find(id).getTotpPendingSecret()).map(this.secrets::open);
    }

    @Transactional(readOnly = true)
    String pendingQrCode(Long id) {
        UserAccount account = find(id);
        return this.totp.qrCodeDataUri(account.getUsername(), this.secrets.open(account.getTotpPendingSecret()));
    }

    /**
     * Turns on the secret being set up, replacing the active one: needs the password, a current
     * code (or recovery code) when a factor is on, and a code from the new secret. Returns the new
     * recovery codes, to be shown once.
     */
    public List<String> confirm(Long id, String password, String currentCode, String newCode, String address) {
        UserAccount account = find(id);
        if (account.getTotpPendingSecret() == null) {
            throw new AccountException("code", "totp.setup.none");
        }
        checkPassword(account, password, address);
        if (account.isTotpEnabled()) {
            checkCurrentFactor(account, currentCode, "currentCode", address);
        }
        OptionalLong step = this.totp.matchingStep(this.secrets.open(account.getTotpPendingSecret()), newCode);
        if (step.isEmpty()) {
            throw new AccountException("code", "totp.code.wrong");
        }
        boolean replaced = account.isTotpEnabled();
        account.activatePendingTotp(step.getAsLong());
        List<String> codes = this.recoveryCodes.replace(id);
        SECURITY.info("event={} user={}", replaced ? "totp-replaced" : "totp-enabled", account.getUsername());
        this.events.publishEvent(AccountEvent.of(account, AccountEvent.Kind.SECOND_FACTOR_ON, null));
        return codes;
    }

    /** Turns the factor off; needs the password and a current code or a recovery code. */
    void turnOff(Long id, String password, String code, String address) {
        UserAccount account = find(id);
        if (!account.isTotpEnabled()) {
            return;
        }
        checkPassword(account, password, address);
        checkCurrentFactor(account, code, "code", address);
        account.turnOffTotp();
        this.recoveryCodes.deleteAll(id);
        SECURITY.info("event=totp-disabled user={}", account.getUsername());
        this.events.publishEvent(AccountEvent.of(account, AccountEvent.Kind.SECOND_FACTOR_OFF, null));
    }

    /** A new set of recovery codes (the old ones stop working); needs the password. */
    List<String> newRecoveryCodes(Long id, String password, String address) {
        UserAccount account = find(id);
        if (!account.isTotpEnabled()) {
            throw new AccountException("recoveryPassword", "recovery.needsFactor");
        }
        checkPassword(account, password, address, "recoveryPassword");
        List<String> codes = this.recoveryCodes.replace(id);
        SECURITY.info("event=recovery-codes-renewed user={}", account.getUsername());
        return codes;
    }

    /** The code step of signing in: a six-digit code, or one of the recovery codes. */
    void verifyAtSignIn(Long id, String code, String address) {
        checkCurrentFactor(find(id), code, "code", address);
    }

    /**
     * An admin turns off someone else's second factor (lost authenticator): their recovery codes go
     * too, and their open sessions end. Recorded in the audit trail and the security log.
     */
    void resetByAdmin(Long id) {
        UserAccount account = find(id);
        CurrentUser.get().filter(admin -> admin.id().equals(id)).ifPresent(self -> {
            throw new AccountException("username", "totp.reset.self");
        });
        boolean wasOn = account.isTotpEnabled();
        account.turnOffTotp();
        account.endSessions();
        this.recoveryCodes.deleteAll(id);
        this.throttle.recordSecondFactorSuccess(id);
        this.events.publishEvent(new SecondFactorReset(id, account.getUsername(),
                account.getMember() == null ? null : account.getMember().getId()));
        SECURITY.info("event=totp-reset user={} was-on={} by={}", account.getUsername(), wasOn, CurrentUser.name());
    }

    private void checkPassword(UserAccount account, String password, String address) {
        checkPassword(account, password, address, "password");
    }

    private void checkPassword(UserAccount account, String password, String address, String field) {
        Optional<Instant> locked = this.throttle.lockedUntil(account.getUsername(), address);
        if (locked.isPresent()) {
            throw new AccountException(field, "login.locked", ThrottledAuthenticationProvider.LOCK_TIME.format(locked.get()));
        }
        boolean right = password != null && password.length() <= 2 * PasswordPolicy.MAX_LENGTH
                && this.encoder.matches(password, account.getPasswordHash());
        if (!right) {
            this.throttle.recordFailure(account.getUsername(), address);
            throw new AccountException(field, "account.password.currentWrong");
        }
    }

    /** A code of the active factor (not used before) or an unused recovery code; counted when wrong. */
    private void checkCurrentFactor(UserAccount account, String code, String field, String address) {
        Optional<Instant> blocked = this.throttle.secondFactorBlockedUntil(account.getId(), account.getUsername(),
                address);
        if (blocked.isPresent()) {
            throw new AccountException(field, "totp.wait", ThrottledAuthenticationProvider.LOCK_TIME_SECONDS.format(blocked.get()));
        }
        if (!account.isTotpEnabled()) {
            throw new AccountException(field, "totp.code.wrong");
        }
        if (TotpService.looksLikeCode(code)) {
            OptionalLong step = this.totp.matchingStep(this.secrets.open(account.getTotpSecret()), code);
            if (step.isPresent() && account.useTotpStep(step.getAsLong())) {
                this.throttle.recordSecondFactorSuccess(account.getId());
                return;
            }
            failed(account, address, step.isPresent() ? "totp-replayed" : "totp-wrong");
            throw new AccountException(field, step.isPresent() ? "totp.code.used" : "totp.code.wrong");
        }
        if (this.recoveryCodes.use(account.getId(), code)) {
            this.throttle.recordSecondFactorSuccess(account.getId());
            SECURITY.info("event=recovery-code-used user={} left={}", account.getUsername(),
                    this.recoveryCodes.remaining(account.getId()));
            return;
        }
        failed(account, address, "recovery-code-wrong");
        throw new AccountException(field, "totp.code.wrong");
    }

    private void failed(UserAccount account, String address, String reason) {
        SECURITY.warn("event=second-factor-failure user={} reason={} address={}", account.getUsername(), reason,
                address);
        this.throttle.recordSecondFactorFailure(account.getId(), account.getUsername(), address);
    }

    private UserAccount find(Long id) {
        return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
    }

}
