package org.aiip.tracker.system;

/** Text as people type it: surrounding white space is not part of a value, and a blank value is no value. */
public final class Texts {

    private Texts() {
    }

    /** The value without surrounding white space, or {@code null} when nothing is left. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
