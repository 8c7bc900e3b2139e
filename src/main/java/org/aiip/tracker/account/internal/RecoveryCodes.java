package org.aiip.tracker.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery codes for a lost authenticator: ten per account, each 25 random characters of the base32
 * alphabet (125 bits, written in five groups of five), shown once when they are made and stored only
 * as SHA-256 hashes. ASVS 5.0 V6.5.2 allows a plain hash for secrets of 112 bits or more; it lets a
 * code be found by its hash, so checking one costs a single look-up. Each code works once; a new set
 * replaces the old one.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RecoveryCodes {

    static final int COUNT = 10;

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private static final int GROUPS = 5;

    private static final int GROUP_LENGTH = 5;

    private final RecoveryCodeRepository codes;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock = Clock.systemUTC();

    RecoveryCodes(RecoveryCodeRepository codes) {
        this.codes = codes;
    }

    /** A new set for the account, replacing any old one; the codes themselves are never stored. */
    List<String> replace(Long accountId) {
        this.codes.deleteByAccount(accountId);
        Instant now = this.clock.instant();
        List<String> made = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            made.add(code);
            this.codes.save(new RecoveryCode(accountId, hash(code), now));
        }
        return made;
    }

    /** Uses one of the account's unused codes; false when the code is not one of them (or was just used). */
    boolean use(Long accountId, String presented) {
        String normal = normalise(presented);
        if (normal.length() != GROUPS * GROUP_LENGTH) {
            return false;
        }
        return this.codes.findByAccountIdAndCodeHashAndUsedAtIsNull(accountId, hash(normal))
            .map(code -> this.codes.use(code.getId(), this.clock.instant()) == 1)
            .orElse(false);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    long remaining(Long accountId) {
        return this.codes.countByAccountIdAndUsedAtIsNull(accountId);
    }

    void deleteAll(Long accountId) {
        this.codes.deleteByAccount(accountId);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /** As typed: any case, with or without the hyphens and spaces. */
    private static String normalise(String presented) {
        if (presented == null || presented.length() > 100) {
            return "";
        }
        return presented.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String code) {
        String normal = normalise(code);
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

}
