package org.aiip.tracker.api.internal;

import java.util.Optional;
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
     * The one version an {@code If-Match} header names, or empty when the tag is not a strong tag of
     * ours (weak tags never match, as RFC 9110 requires for If-Match). A missing header, {@code *} and a
     * list of several tags are refused with 428: a write must say which one version it changes, or it
     * could overwrite someone else's change (with a list, any of several versions would do).
     */
    static Optional<Long> fromIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*") || header.contains(",")) {
            throw new PreconditionRequiredException();
        }
        Matcher matcher = STRONG_TAG.matcher(header.trim());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** The write did not name the version it changes. */
    static class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("If-Match required");
        }

    }

}
