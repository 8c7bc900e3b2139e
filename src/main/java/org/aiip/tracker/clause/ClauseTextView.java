package org.aiip.tracker.clause;

/**
 * One language version of a clause as a page shows it: values for templates instead of the entity.
 *
 * @param lang en, ko or zh
 * @param sourceText whether this is the initiative's own text rather than a translation of it
 */
public record ClauseTextView(String lang, String shortTitle, String fullText, boolean sourceText) {

    /** The view of a text, or {@code null} for none. */
    public static ClauseTextView of(ClauseText text) {
        return text == null ? null
                : new ClauseTextView(text.getLang(), text.getShortTitle(), text.getFullText(), text.isSourceText());
    }

}
