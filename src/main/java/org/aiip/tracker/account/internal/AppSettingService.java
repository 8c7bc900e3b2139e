package org.aiip.tracker.account.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settings the admins change at run time, kept in the database so that every instance agrees. */
@Service
class AppSettingService {

    static final String TOTP_REQUIRED = "totp.required-for-admins";

    private final JdbcTemplate jdbc;

    AppSettingService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean totpRequiredForAdmins() {
        return Boolean.parseBoolean(this.jdbc.queryForObject(
                "select setting_value from app_setting where setting_key = ?", String.class, TOTP_REQUIRED));
    }

    @Transactional
    public void requireTotpForAdmins(boolean required) {
        this.jdbc.update("update app_setting set setting_value = ? where setting_key = ?", String.valueOf(required),
                TOTP_REQUIRED);
    }

}
