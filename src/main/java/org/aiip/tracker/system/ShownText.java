package org.aiip.tracker.system;

import java.util.Locale;

/**
 * A text as a page shows it in the reader's language (picked by {@link LocalizedText#in(Locale)}): the text, the
 * language it is in, whether it is the tracker's own translation rather than the source's words, and whether the
 * reader's language was missing so that the English is shown ("English only").
 *
 * @param text what to show (null when not even English is given)
 * @param lang the language of {@code text}: en, ko or zh
 * @param translation whether the tracker translated it (the source does not have these words)
 * @param fellBack whether the reader asked for Korean or Chinese and only the English exists
 */
public record ShownText(String text, String lang, boolean translation, boolean fellBack) {

    /** Whether the reader asked for another language and only the English exists. */
    public boolean englishOnly(Locale locale) {
        return this.text != null && "en".equals(this.lang) && locale != null && !"en".equals(locale.getLanguage());
    }

    @Override
    public String toString() {
        return this.text == null ? "" : this.text;
    }

}
