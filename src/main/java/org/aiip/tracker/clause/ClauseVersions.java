package org.aiip.tracker.clause;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.clause.internal.ClauseRepository;
import org.aiip.tracker.clause.ClauseTextVersion;
import org.aiip.tracker.clause.internal.ClauseTextVersionRepository;

/**
 * Reads the versions of the clause texts. The version in force on a day, per language, is the one
 * with the latest effective date on or before it (the higher number when two share a date); today's
 * is the text the clause page shows.
 */
@Service("clauseVersions")
@Transactional(readOnly = true)
public class ClauseVersions {

    private final ClauseRepository clauses;

    private final ClauseTextVersionRepository versions;

    ClauseVersions(ClauseRepository clauses, ClauseTextVersionRepository versions) {
        this.clauses = clauses;
        this.versions = versions;
    }

    /** Every version of the clause, by language, newest first; empty for an unknown clause. */
    public List<ClauseTextVersion> versions(int number) {
        return this.clauses.findByNumber(number)
            .map(c -> this.versions.findByClauseIdOrderByLangAscVersionNoDesc(c.getId()))
            .orElse(List.of());
    }

    /** Every version of every clause (for the open-data snapshot). */
    public List<ClauseTextVersion> all() {
        return this.versions.findAllByOrderByClauseIdAscLangAscVersionNoAsc();
    }

    /** The version of a language in force on the day, if any. */
    public Optional<ClauseTextVersion> inForce(int number, String lang, LocalDate day) {
        return inForce(versions(number), lang, day);
    }

    /**
     * The version in force on the day in the page's language, else English, else any language
     * (as {@link Clause#textFor} chooses); {@code null} day: today.
     */
    public Optional<ClauseTextVersion> shown(int number, Locale locale, LocalDate day) {
        LocalDate on = day == null ? LocalDate.now(ZoneOffset.UTC) : day;
        List<ClauseTextVersion> all = versions(number);
        return inForce(all, locale.getLanguage(), on).or(() -> inForce(all, "en", on))
            .or(() -> all.stream()
                .map(ClauseTextVersion::getLang)
                .distinct()
                .map(lang -> inForce(all, lang, on))
                .flatMap(Optional::stream)
                .findFirst());
    }

    /** The numbered version of the clause's text in the page's language (else English). */
    public Optional<ClauseTextVersion> numbered(int number, Locale locale, int versionNo) {
        List<ClauseTextVersion> all = versions(number);
        return numbered(all, locale.getLanguage(), versionNo).or(() -> numbered(all, "en", versionNo));
    }

    /** How many versions the language has. */
    public long count(int number, String lang) {
        return versions(number).stream().filter(v -> v.getLang().equals(lang)).count();
    }

    static Optional<ClauseTextVersion> inForce(List<ClauseTextVersion> all, String lang, LocalDate day) {
        return all.stream()
            .filter(v -> v.getLang().equals(lang) && !v.getEffectiveFrom().isAfter(day))
            .max(Comparator.comparing(ClauseTextVersion::getEffectiveFrom)
                .thenComparingInt(ClauseTextVersion::getVersionNo));
    }

    private static Optional<ClauseTextVersion> numbered(List<ClauseTextVersion> all, String lang, int versionNo) {
        return all.stream().filter(v -> v.getLang().equals(lang) && v.getVersionNo() == versionNo).findFirst();
    }

}
