package org.aiip.tracker.account.internal;

import java.util.Optional;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * ASVS-style password rules: at least 12 characters, up to 128 allowed, no composition rules, and
 * the most common or easily guessed passwords refused (zxcvbn's lists of common passwords, names
 * and words, plus the account name and the site's own name).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    public static final int MAX_LENGTH = 128;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The message code of what is wrong with the password, if anything. */
    public Optional<String> check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        Strength strength = this.zxcvbn.measure(password,
                java.util.List.of(username == null ? "" : username, "initiative", "tracker", "baidu", "haier"));
        if (strength.getScore() < 3) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }

}
