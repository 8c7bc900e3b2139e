package org.aiip.tracker.clause.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.StaleVersionException;
import org.aiip.tracker.system.Texts;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseText;
import org.aiip.tracker.clause.ClauseTextVersion;

/**
 * Adds and corrects the language versions of a clause, for admins. At most one version of a
 * clause is the source text: marking one un-marks the others. A stale form never overwrites a
 * newer save, and every change is audited under the clause, in its own transaction.
 */
@Service
@Transactional
class ClauseEditService {

    /** The audit trail's name for clause texts; entries are kept under the clause's id. */
    public static final String AUDIT_TYPE = "clause";

    private final ClauseRepository clauses;

    private final ApplicationEventPublisher events;

    private final ClauseTextVersionRepository versions;

    /** The day the initiative was published: the first versions take effect then. */
    static final LocalDate PUBLISHED = LocalDate.of(2020, 4, 20);

    ClauseEditService(ClauseRepository clauses, ApplicationEventPublisher events,
            ClauseTextVersionRepository versions) {
        this.clauses = clauses;
        this.events = events;
        this.versions = versions;
    }

    /**
     * Why the form's effective date cannot be used, as a message code (empty when it can): it may not
     * lie in the future, nor before the day the language's latest version took effect.
     */
    @Transactional(readOnly = true)
    public Optional<String> effectiveDateProblem(Clause clause, String lang, ClauseTextForm form) {
        LocalDate day = form.getEffectiveFrom();
        if (day == null) {
            return Optional.empty();
        }
        if (day.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            return Optional.of("clauses.version.effective.future");
        }
        return latest(clause, lang).filter(v -> day.isBefore(v.getEffectiveFrom()))
            .map(v -> "clauses.version.effective.beforeLatest");
    }

    private Optional<ClauseTextVersion> latest(Clause clause, String lang) {
        return this.versions.findByClauseIdOrderByLangAscVersionNoDesc(clause.getId())
            .stream()
            .filter(v -> v.getLang().equals(lang))
            .findFirst();
    }

    private void addVersion(Clause clause, String lang, ClauseText text, ClauseTextForm form) {
        Optional<ClauseTextVersion> latest = latest(clause, lang);
        LocalDate effective = form.getEffectiveFrom() != null ? form.getEffectiveFrom()
                : latest.map(ClauseTextVersion::getEffectiveFrom).orElse(PUBLISHED);
        this.versions.save(new ClauseTextVersion(clause.getId(), lang,
                latest.map(ClauseTextVersion::getVersionNo).orElse(0) + 1, text.getShortTitle(), text.getFullText(),
                text.isSourceText(), effective, Texts.trimToNull(form.getSource()),
                Texts.trimToNull(form.getSourceUrl()), CurrentUser.name()));
    }

    /** The clause of the given number (as typed in the address) for an admin, or a 404. */
    @Transactional(readOnly = true)
    public Clause forEdit(String number) {
        if (!CurrentUser.get().map(TrackerUser::isAdmin).orElse(false)) {
            throw new NotFoundException("clause " + number);
        }
        return parse(number).flatMap(this.clauses::findByNumber)
            .orElseThrow(() -> new NotFoundException("clause " + number));
    }

    /** A language the tracker keeps clause texts in, or a 404. */
    public static String language(String lang) {
        if (!Clause.LANGUAGES.contains(lang)) {
            throw new NotFoundException("clause text language " + lang);
        }
        return lang;
    }

    /**
     * Saves the language version if nobody saved it since the form showed {@code form.version}
     * (empty: there was none); otherwise throws {@link StaleVersionException}.
     *
     * @return the languages that stopped being the source text because this one became it
     */
    public List<String> save(String number, String lang, ClauseTextForm form) {
        Clause clause = forEdit(number);
        Optional<ClauseText> existing = clause.text(language(lang));
        boolean stale = existing.isPresent() ? !Long.valueOf(existing.get().getVersion()).equals(form.getVersion())
                : form.getVersion() != null;
        if (stale) {
            throw new StaleVersionException("the clause text", existing.orElse(null));
        }
        Map<String, String> before = clause.auditState();
        clause.putText(lang, form.getShortTitle().strip(), form.getFullText().strip(), form.isSourceText());
        List<String> unmarked = form.isSourceText() ? clause.makeSourceText(lang) : List.of();
        this.clauses.flush();
        var changes = FieldChange.between(before, clause.auditState());
        if (!changes.isEmpty()) {
            addVersion(clause, lang, clause.text(lang).orElseThrow(), form);
            this.events.publishEvent(new ClauseTextChanged(clause.getId(), clause.getNumber(), lang,
                    existing.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, changes));
        }
        return unmarked;
    }

    private static Optional<Integer> parse(String number) {
        try {
            return Optional.of(Integer.parseInt(number));
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

}
