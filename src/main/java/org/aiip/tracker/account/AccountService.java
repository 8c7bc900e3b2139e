package org.aiip.tracker.account;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.account.internal.AccountException;
import org.aiip.tracker.account.internal.ApiTokenService;
import org.aiip.tracker.account.internal.PasswordPolicy;
import org.aiip.tracker.account.internal.UserAccountRepository;
import org.aiip.tracker.account.internal.Usernames;

/** Creates, disables and resets accounts and changes passwords (second factors: {@link SecondFactorService}). */
@Service
@Transactional
public class AccountService {

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    private final UserAccountRepository accounts;

    private final PasswordEncoder encoder;

    private final PasswordPolicy policy;

    private final MemberService members;

    private final ApiTokenService apiTokens;

    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
            MemberService members, ApiTokenService apiTokens, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.members = members;
        this.apiTokens = apiTokens;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return this.accounts.findAllByOrderByUsernameAsc();
    }

    /**
     * Creates an account. Throws {@link AccountException} with a message code and the field it
     * concerns when the name is taken, an editor has no company, or the password is refused.
     */
    public UserAccount create(String username, Role role, Long memberId, String password) {
        String name = username == null ? "" : username.strip();
        if (this.accounts.findByUsername(Usernames.normalise(name)).isPresent()) {
            throw new AccountException("username", "account.username.taken");
        }
        if (!Usernames.valid(name)) {
            throw new AccountException("username", "account.username.invalid");
        }
        MemberCompany member = null;
        if (role == Role.EDITOR) {
            member = (memberId == null ? Optional.<MemberCompany>empty() : this.members.byId(memberId))
                .orElseThrow(() -> new AccountException("memberId", "account.member.required"));
        }
        checkPassword(password, name, "password");
        UserAccount account = new UserAccount(name, this.encoder.encode(password), role, member);
        this.accounts.save(account);
        SECURITY.info("event=account-created user={} role={} by={}", name, role, CurrentUser.name());
        this.events.publishEvent(AccountEvent.of(account, AccountEvent.Kind.CREATED, role.name()));
        return account;
    }

    public void disable(Long id) {
        UserAccount account = find(id);
        if (account.getUsername().equalsIgnoreCase(CurrentUser.name())) {
            throw new AccountException("username", "account.disable.self");
        }
        account.disable();
        this.apiTokens.revokeAll(id, "account-disabled");
        SECURITY.info("event=account-disabled user={} by={}", account.getUsername(), CurrentUser.name());
        this.events.publishEvent(AccountEvent.of(account, AccountEvent.Kind.DISABLED, null));
    }

    public void enable(Long id) {
        UserAccount account = find(id);
        account.enable();
        SECURITY.info("event=account-enabled user={} by={}", account.getUsername(), CurrentUser.name());
        this.events.publishEvent(AccountEvent.of(account, AccountEvent.Kind.ENABLED, null));
    }

    /** An admin sets a new password for someone; their open sessions end and their API tokens are revoked. */
    public void resetPassword(Long id, String newPassword) {
        UserAccount account = find(id);
        checkPassword(newPassword, account.getUsername(), "password");
        account.changePassword(this.encoder.encode(newPassword));
        this.apiTokens.revokeAll(id, "password-reset");
        SECURITY.info("event=password-reset user={} by={}", account.getUsername(), CurrentUser.name());
        this.events.publishEvent(AccountEvent.of(account, AccountEvent.Kind.PASSWORD_RESET, null));
    }

    /** Someone changes their own password, proving they know the current one. */
    public void changeOwnPassword(Long id, String currentPassword, String newPassword) {
        UserAccount account = find(id);
        if (currentPassword == null || !this.encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("currentPassword", "account.password.currentWrong");
        }
        checkPassword(newPassword, account.getUsername(), "newPassword");
        account.changePassword(this.encoder.encode(newPassword));
        SECURITY.info("event=password-changed user={}", account.getUsername());
        this.events.publishEvent(AccountEvent.of(account, AccountEvent.Kind.PASSWORD_CHANGED, null));
    }

    @Transactional(readOnly = true)
    public TrackerUser reload(Long id) {
        return TrackerUser.of(find(id)).withoutPassword();
    }

    private void checkPassword(String password, String username, String field) {
        this.policy.check(password, username).ifPresent(code -> {
            throw new AccountException(field, code);
        });
    }

    private UserAccount find(Long id) {
        return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
    }

}
