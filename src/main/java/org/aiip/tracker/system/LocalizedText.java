package org.aiip.tracker.system;

import java.util.Locale;

/**
 * A text kept in the site's three languages (a name, a sector, a note). {@link #in(Locale)} picks the reader's
 * version and falls back to the English one where that is missing or blank; the {@link ShownText} it gives says
 * which language it is in and whether it fell back. The one place where the site chooses a language for a
 * stored text: entities and view records hold one of these rather than switching on the locale themselves.
 *
 * @param en the English text (the fallback; may be null only where even that is not given)
 * @param ko the Korean text, or null
 * @param zh the Chinese text, or null
 */
public record LocalizedText(String en, String ko, String zh) {

    /** The reader's version; a Korean or Chinese one is marked as the tracker's translation. */
    public ShownText in(Locale locale) {
        return in(locale, false);
    }

    /**
     * The reader's version.
     *
     * @param koFromSource whether a Korean version is the source's own words (else a translation, as Chinese is)
     */
    public ShownText in(Locale locale, boolean koFromSource) {
        String language = locale == null ? "en" : locale.getLanguage();
        if ("ko".equals(language) && present(this.ko)) {
            return new ShownText(this.ko, "ko", !koFromSource, false);
        }
        if ("zh".equals(language) && present(this.zh)) {
            return new ShownText(this.zh, "zh", true, false);
        }
        return new ShownText(this.en, "en", false, present(this.en) && !"en".equals(language));
    }

    /** The reader's version as plain text (for option lists, sorting and file exports). */
    public String text(Locale locale) {
        return in(locale).text();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

}
