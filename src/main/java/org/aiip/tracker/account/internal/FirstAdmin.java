package org.aiip.tracker.account.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.Role;

/**
 * Creates the first admin, {@code admin}, when no admin exists. The password comes from
 * {@code TRACKER_ADMIN_PASSWORD}; without it a random one is generated and printed once (never in
 * the prod profile, which refuses to start without the variable). There is no default password.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccountRepository accounts;

    private final AccountService service;

    private final Environment environment;

    FirstAdmin(UserAccountRepository accounts, AccountService service, Environment environment) {
        this.accounts = accounts;
        this.service = service;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = this.environment.getProperty("TRACKER_ADMIN_PASSWORD");
        boolean prod = this.environment.acceptsProfiles(Profiles.of("prod"));
        if (prod && (password == null || password.isBlank())) {
            throw new IllegalStateException(
                    "TRACKER_ADMIN_PASSWORD must be set in the prod profile (the first admin's password)");
        }
        if (this.accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = randomPassword();
        }
        try {
            this.service.create("admin", Role.ADMIN, null, password);
        }
        catch (DataIntegrityViolationException | AccountException ex) {
            // Another instance starting on the same empty database created the first admin first.
            if (this.accounts.existsByRole(Role.ADMIN)) {
                LOG.info("First admin already created by another instance");
                return;
            }
            throw ex;
        }
        if (generated) {
            // Two lines of their own: the log encodes line breaks inside a message (logback-spring.xml).
            LOG.warn("First admin created: username 'admin', password '{}'", password);
            LOG.warn("It is shown only this once. Change it at /account, or set TRACKER_ADMIN_PASSWORD before the "
                    + "first start.");
        }
        else {
            LOG.info("First admin 'admin' created with the password from TRACKER_ADMIN_PASSWORD");
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
