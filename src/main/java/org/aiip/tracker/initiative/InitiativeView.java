package org.aiip.tracker.initiative;

import java.time.LocalDate;
import java.util.Locale;

import org.aiip.tracker.system.LocalizedText;
import org.aiip.tracker.system.ShownText;

/**
 * The initiative as the dashboard and the sources page show it, so that templates never hold the entity.
 *
 * @param names the name; the Korean is the source article's, the Chinese a translation
 * @param publishedBy who published it; the Korean is the source article's words
 * @param publishedOn when
 * @param memberCountStated the membership the source states ("about 20 companies"), or an English text of null
 * @param sourceNote the note on the source (Korean and Chinese are translations), or an English text of null
 * @param sourceUrl the public page of the source article, or null
 */
public record InitiativeView(LocalizedText names, LocalizedText publishedBy, LocalDate publishedOn,
        LocalizedText memberCountStated, LocalizedText sourceNote, String sourceUrl) {

    /** The name in the reader's language. */
    public ShownText name(Locale locale) {
        return this.names.in(locale, true);
    }

    public ShownText publishedBy(Locale locale) {
        return this.publishedBy.in(locale, true);
    }

    public boolean hasMemberCountStated() {
        return this.memberCountStated.en() != null;
    }

    public ShownText memberCountStated(Locale locale) {
        return this.memberCountStated.in(locale, true);
    }

    public boolean hasSourceNote() {
        return this.sourceNote.en() != null;
    }

    public ShownText sourceNote(Locale locale) {
        return this.sourceNote.in(locale);
    }

}
