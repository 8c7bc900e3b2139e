package org.aiip.tracker.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one form of a user name, used when an account is created, when someone signs in and as the
 * key of the sign-in throttle: Unicode NFKC, then a case fold that does not depend on the server's
 * language (upper then lower case in {@link Locale#ROOT}, then NFKC again). So {@code ADMIN},
 * {@code admın} (dotless ı), {@code ａｄｍｉｎ} (full width) and {@code ſ} for {@code s} all name one
 * account and share one failure count. New names must already be in this form.
 */
public final class Usernames {

    /** The longest name an account can have (the column is as wide). */
    static final int MAX_LENGTH = 60;

    /** Beyond this, a submitted name is not even normalised: no account can have it. */
    static final int MAX_INPUT = 4 * MAX_LENGTH;

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._@-]{3," + MAX_LENGTH + "}");

    private Usernames() {
    }

    /** The normal form of a submitted name (trimmed); "" for null. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_INPUT) {
            return trimmed; // too long for any account; see throttleKey
        }
        String compatible = Normalizer.normalize(trimmed, Normalizer.Form.NFKC);
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    /** Whether a name may be given to a new account: allowed characters, and already in its normal form. */
    public static boolean valid(String name) {
        return name != null && ALLOWED.matcher(name).matches() && normalise(name).equals(name);
    }

    /** Whether some account could have this (normalised) name, so that it is worth looking up. */
    static boolean possible(String normalised) {
        return !normalised.isEmpty() && normalised.length() <= MAX_LENGTH;
    }

    /**
     * The part of the throttle key for a submitted name: its normal form, or for a name too long for
     * any account a hash of it, so that the key always fits its column and the attempt is still counted.
     */
    static String throttleKey(String name) {
        String normalised = normalise(name);
        return possible(normalised) || normalised.isEmpty() ? normalised : "#" + sha256(normalised).substring(0, 40);
    }

    /** A name as written into the log: at most 100 characters (control characters are encoded by the log). */
    static String forLog(String name) {
        if (name == null) {
            return "-";
        }
        return name.length() <= 100 ? name : name.substring(0, 100) + "…(" + name.length() + " chars)";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

}
