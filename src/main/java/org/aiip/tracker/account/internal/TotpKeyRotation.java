package org.aiip.tracker.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, encrypts with the current key every second-factor secret that is still plain (stored
 * before encryption existed) or encrypted with an old key ({@link TotpSecrets}). Each row is changed
 * only if it still holds what was read, so instances starting together do not undo each other.
 */
@Component
class TotpKeyRotation implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TotpKeyRotation.class);

    private final JdbcTemplate jdbc;

    private final TotpSecrets secrets;

    TotpKeyRotation(JdbcTemplate jdbc, TotpSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int changed = 0;
        for (String column : new String[] { "totp_secret", "totp_pending_secret" }) {
            for (var row : this.jdbc.queryForList("select id, " + column + " as secret from user_account where "
                    + column + " is not null")) {
                String stored = (String) row.get("secret");
                if (!this.secrets.current(stored)) {
                    changed += this.jdbc.update("update user_account set " + column + " = ? where id = ? and " + column
                            + " = ?", this.secrets.seal(this.secrets.open(stored)), row.get("id"), stored);
                }
            }
        }
        if (changed > 0) {
            LOG.info("Encrypted {} second-factor secrets with the current TRACKER_TOTP_KEY", changed);
        }
    }

}
