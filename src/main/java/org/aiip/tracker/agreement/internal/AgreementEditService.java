package org.aiip.tracker.agreement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordRejectedException;
import org.aiip.tracker.system.Revision;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.StaleVersionException;
import org.aiip.tracker.system.Texts;
import org.aiip.tracker.agreement.CooperationAgreement;

/**
 * Creates and changes cooperation agreements, for admins. Parties must be two or more known
 * member companies, related clauses known clauses, each technology field short; a stale form
 * never overwrites a newer save, and every change is audited in its own transaction.
 */
@Service
@Transactional
class AgreementEditService {

    /** The audit trail's name for agreements. */
    public static final String AUDIT_TYPE = "agreement";

    static final int FIELD_MAX = 100;

    private final AgreementRepository agreements;

    private final MemberService members;

    private final ClauseService clauses;

    private final ApplicationEventPublisher events;

    AgreementEditService(AgreementRepository agreements, MemberService members, ClauseService clauses,
            ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.members = members;
        this.clauses = clauses;
        this.events = events;
    }

    /** An agreement for an admin to change, or a 404. */
    @Transactional(readOnly = true)
    public CooperationAgreement forEdit(long id) {
        requireAdmin();
        return this.agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement " + id));
    }

    /**
     * The edit form of an agreement as it is stored now, or a 404. Built inside the transaction: the
     * parties, clauses and fields are lazy collections, which the controller (open-in-view is off)
     * could not read any more.
     */
    @Transactional(readOnly = true)
    public AgreementForm formFor(long id) {
        return AgreementForm.from(forEdit(id));
    }

    public CooperationAgreement create(AgreementCommand command) {
        requireAdmin();
        Checked checked = check(command);
        CooperationAgreement agreement = new CooperationAgreement(command.title(), signedOn(command),
                command.signedPrecision(), command.kind());
        apply(agreement, command, checked);
        this.agreements.saveAndFlush(agreement);
        this.events.publishEvent(new AgreementChanged(AUDIT_TYPE,
                agreement.getId(), AuditAction.CREATE, null, agreement.getTitle(),
                Revision.created(agreement)));
        return agreement;
    }

    /**
     * Saves the changes if nobody else saved the agreement since the form showed
     * {@code command.version}; otherwise throws {@link StaleVersionException} with the current state.
     */
    public CooperationAgreement update(long id, AgreementCommand command) {
        CooperationAgreement agreement = forEdit(id);
        Revision revision = Revision.start(agreement, command.version(), "the agreement");
        Checked checked = check(command);
        apply(agreement, command, checked);
        this.agreements.flush();
        var changes = revision.changes();
        if (!changes.isEmpty()) {
            this.events.publishEvent(new AgreementChanged(AUDIT_TYPE,
                    agreement.getId(), AuditAction.UPDATE, null, agreement.getTitle(), changes));
        }
        return agreement;
    }

    private static void apply(CooperationAgreement agreement, AgreementCommand command, Checked checked) {
        agreement.setTitle(command.title().strip());
        agreement.setSigned(signedOn(command), command.signedPrecision());
        agreement.setKind(command.kind());
        agreement.replaceParties(checked.parties());
        agreement.replaceRelatedClauses(checked.clauses());
        agreement.replaceTechnologyFields(command.technologyFields());
        agreement.setDescription(Texts.trimToNull(command.description()));
        agreement.setSource(Texts.trimToNull(command.source()));
    }

    /** A date known only to the month or year is kept as the first day of it, so that sorting stays honest. */
    private static LocalDate signedOn(AgreementCommand command) {
        return switch (command.signedPrecision()) {
            case DAY -> command.signedOn();
            case MONTH -> command.signedOn().withDayOfMonth(1);
            case YEAR -> command.signedOn().withDayOfYear(1);
        };
    }

    private Checked check(AgreementCommand command) {
        List<RuleViolation> violations = new ArrayList<>();
        Set<MemberCompany> parties = new LinkedHashSet<>();
        for (Long id : command.partyIds()) {
            Optional<MemberCompany> member = id == null ? Optional.empty() : this.members.byId(id);
            member.ifPresentOrElse(parties::add, () -> violations.add(new RuleViolation("partyIds",
                    "agreements.parties.unknown", new Object[0], "unknown member company")));
        }
        if (violations.isEmpty() && parties.size() < 2) {
            violations.add(new RuleViolation("partyIds", "agreements.parties.tooFew", new Object[0],
                    "an agreement needs two or more parties"));
        }
        Set<Clause> related = new LinkedHashSet<>();
        for (Integer number : command.clauseNumbers()) {
            Optional<Clause> clause = number == null ? Optional.empty() : this.clauses.byNumber(number);
            clause.ifPresentOrElse(related::add, () -> violations.add(new RuleViolation("clauseNumbers",
                    "agreements.clauses.unknown", new Object[0], "unknown clause")));
        }
        for (String field : command.technologyFields()) {
            if (field.length() > FIELD_MAX) {
                violations.add(new RuleViolation("technologyFields", "agreements.fields.tooLong",
                        new Object[] { FIELD_MAX, field.substring(0, 20) + "…", field.length() },
                        "each technology field may have at most " + FIELD_MAX + " characters"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RecordRejectedException(violations);
        }
        return new Checked(parties, related);
    }

    private static void requireAdmin() {
        if (!CurrentUser.get().map(TrackerUser::isAdmin).orElse(false)) {
            throw new NotFoundException("agreement");
        }
    }

    private record Checked(Set<MemberCompany> parties, Set<Clause> clauses) {
    }

}
