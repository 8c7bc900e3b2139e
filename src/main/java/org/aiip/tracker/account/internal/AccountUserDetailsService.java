package org.aiip.tracker.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.account.UserAccount;

/**
 * Loads accounts for sign-in (a disabled account cannot sign in), and stores a password's new hash
 * when the one kept was made with a lower cost than the encoder's (raised Argon2 parameters).
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = this.accounts.findByUsername(Usernames.normalise(username))
            .filter(UserAccount::isEnabled)
            .orElseThrow(() -> new UsernameNotFoundException("no enabled account"));
        return TrackerUser.of(account);
    }

    /** The same password, hashed again at the current cost; the account's sessions stay as they are. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        UserAccount account = this.accounts.findById(((TrackerUser) user).id()).orElseThrow();
        account.rehash(newHash);
        SECURITY.info("event=password-rehashed user={}", account.getUsername());
        return TrackerUser.of(account);
    }

}
