package org.aiip.tracker.system;

import java.util.regex.Pattern;

/**
 * Record ids taken from the address as text, so that {@code /agreements/abc} is the 404 page like any
 * unknown id, not a 400 (and the route stays known to the security rules, which send a visitor without
 * the rights to the sign-in page first).
 */
public final class PathIds {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private PathIds() {
    }

    /** The id (digits only), or {@link NotFoundException} naming {@code what} when the text is not one. */
    public static long parse(String id, String what) {
        if (id == null || !DIGITS.matcher(id).matches()) {
            throw new NotFoundException(what + " " + id);
        }
        return Long.parseLong(id);
    }

}
