package org.aiip.tracker.api.internal;

import java.util.List;
import java.util.function.Predicate;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseText;

/**
 * One of the initiative's eight clauses with its language versions.
 *
 * @param sourceLanguage the language of the source text (the initiative's official text is Chinese), or
 * {@code null} when no version is marked as the source
 * @param missingLanguages the languages the tracker keeps (en, ko, zh) that have no version yet
 */
record ClauseJson(int number, String sourceLanguage, List<TextJson> texts, List<String> missingLanguages,
        Links links) {

    static ClauseJson of(Clause clause, Predicate<String> languages) {
        return new ClauseJson(clause.getNumber(),
                clause.getTexts().stream().filter(ClauseText::isSourceText).map(ClauseText::getLang).findFirst()
                    .orElse(null),
                clause.getTexts().stream().filter(t -> languages.test(t.getLang())).map(TextJson::of).toList(),
                Clause.LANGUAGES.stream().filter(lang -> clause.text(lang).isEmpty()).toList(),
                new Links(ApiPaths.clause(clause.getNumber()), ApiPaths.clauseCompliance(clause.getNumber())));
    }

    /**
     * One language version.
     *
     * @param kind whether this is the source text or a translation of it
     */
    record TextJson(String language, Kind kind, String shortTitle, String fullText) {

        static TextJson of(ClauseText text) {
            return new TextJson(text.getLang(), text.isSourceText() ? Kind.SOURCE : Kind.TRANSLATION,
                    text.getShortTitle(), text.getFullText());
        }

    }

    /** Source text or translation. */
    enum Kind {
        SOURCE, TRANSLATION
    }

    /** Where to read more: the clause and every member's standing on it. */
    record Links(String self, String compliance) {
    }

}
