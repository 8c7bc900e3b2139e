package org.aiip.tracker.api.internal;

/** A name in each language the tracker keeps; a missing translation is {@code null}. */
record Names(String en, String zh, String ko) {

    static Names of(String en, String zh, String ko) {
        return new Names(en, blankToNull(zh), blankToNull(ko));
    }

    private static String blankToNull(String text) {
        return (text == null || text.isBlank()) ? null : text;
    }

}
