package org.aiip.tracker.system;

import java.util.Locale;

/**
 * A text as a page shows it in the reader's language: the text, the language it is in, and whether it is the
 * tracker's own translation rather than the source's words. When no version in the reader's language exists the
 * English one is shown, and the page says "English only".
 *
 * @param text what to show (null when not even English is given)
 * @param lang the language of {@code text}: en, ko or zh
 * @param translation whether the tracker translated it (the source does not have these words)
 */
public record ShownText(String text, String lang, boolean translation) {

    /**
     * Picks the version for the reader.
     *
     * @param koFromSource whether a Korean version is the source's own words (else a translation)
     */
    public static ShownText of(Locale locale, String en, String ko, String zh, boolean koFromSource) {
        String language = locale == null ? "en" : locale.getLanguage();
        if ("ko".equals(language) && present(ko)) {
            return new ShownText(ko, "ko", !koFromSource);
        }
        if ("zh".equals(language) && present(zh)) {
            return new ShownText(zh, "zh", true);
        }
        return new ShownText(en, "en", false);
    }

    /** Whether the reader asked for another language and only the English exists. */
    public boolean englishOnly(Locale locale) {
        return this.text != null && "en".equals(this.lang) && locale != null && !"en".equals(locale.getLanguage());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String toString() {
        return this.text == null ? "" : this.text;
    }

}
