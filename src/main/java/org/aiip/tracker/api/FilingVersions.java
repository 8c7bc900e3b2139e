package org.aiip.tracker.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filing versions as HTTP entity tags: a filing's {@code ETag} is its version number in quotes
 * (a strong tag, e.g. {@code "3"}), and a write must name the version it changes in {@code If-Match}.
 */
final class FilingVersions {

    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private FilingVersions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions an {@code If-Match} header names. Weak tags ({@code W/"3"}) never match, as
     * RFC 9110 requires for If-Match; {@code *} and a missing header are refused with 428, because
     * a write that does not say which version it changes could overwrite someone else's change.
     */
    static List<Long> fromIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            throw new PreconditionRequiredException();
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : header.split(",")) {
            Matcher matcher = STRONG_TAG.matcher(tag.trim());
            if (matcher.matches()) {
                versions.add(Long.parseLong(matcher.group(1)));
            }
        }
        return versions;
    }

    /** The write did not name the version it changes. */
    static class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("If-Match required");
        }

    }

    /** The version named is not the current one: someone else changed the filing meanwhile. */
    static class StaleVersionException extends RuntimeException {

        private final long current;

        StaleVersionException(long current) {
            super("stale version");
            this.current = current;
        }

        long current() {
            return this.current;
        }

    }

}
