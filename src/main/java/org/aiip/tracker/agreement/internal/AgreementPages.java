package org.aiip.tracker.agreement.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.agreement.AgreementKind;
import org.aiip.tracker.agreement.AgreementService;
import org.aiip.tracker.agreement.CooperationAgreement;
import org.aiip.tracker.agreement.DatePrecision;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agreements pages show, read in one transaction (open-in-view is off) and put into the
 * page language: member names, clause short titles and the signing date to its known precision.
 */
@Component
@Transactional(readOnly = true)
class AgreementPages {

    private final AgreementService agreements;

    private final MessageSource messages;

    AgreementPages(AgreementService agreements, MessageSource messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    /** All agreements, newest first; parties and fields come in one batch query each. */
    List<Row> list(Locale locale) {
        return this.agreements.all().stream().map(a -> row(a, locale)).toList();
    }

    Optional<Detail> detail(long id, Locale locale) {
        return this.agreements.byId(id)
            .map(a -> new Detail(row(a, locale), a.getDescription(), a.getSource(),
                    clauses(a.getRelatedClauses(), locale)));
    }

    private Row row(CooperationAgreement a, Locale locale) {
        return new Row(a.getId(), a.getTitle(), signed(a.getSignedOn(), a.getSignedPrecision(), locale),
                a.getKind(), parties(a.getParties(), locale), List.copyOf(a.getTechnologyFields()), a.isSample());
    }

    private static List<Party> parties(Collection<MemberCompany> members, Locale locale) {
        return members.stream().map(m -> new Party(m.getSlug(), m.name(locale))).toList();
    }

    private static List<ClauseLink> clauses(Collection<Clause> clauses, Locale locale) {
        return clauses.stream()
            .map(c -> c.textFor(locale)
                .map(t -> new ClauseLink(c.getNumber(), t.getShortTitle(), t.getLang()))
                .orElse(new ClauseLink(c.getNumber(), null, null)))
            .toList();
    }

    /**
     * The date as precisely as it is known: "1 June 2019" style for a day, "June 2019" for a month,
     * "2019" for a year. Month and year patterns come from the messages so that each language
     * can order them its own way; the month name is always java.time's for the locale.
     */
    String signed(LocalDate date, DatePrecision precision, Locale locale) {
        DateTimeFormatter formatter = switch (precision) {
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
            case MONTH, YEAR -> DateTimeFormatter.ofPattern(
                    this.messages.getMessage("agreements.date." + precision, null, locale));
        };
        return formatter.withLocale(locale).format(date);
    }

    /** One agreement as a line of the list. */
    record Row(Long id, String title, String signed, AgreementKind kind, List<Party> parties, List<String> fields,
            boolean sample) {
    }

    /** One agreement with everything the detail page shows. */
    record Detail(Row agreement, String description, String source, List<ClauseLink> clauses) {
    }

    /** A party, named in the page language, linked by its slug. */
    record Party(String slug, String name) {
    }

    /** A related clause; {@code lang} is the language its short title is in. */
    record ClauseLink(int number, String shortTitle, String lang) {
    }

}
