package org.aiip.tracker.litigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.registry.RecordEvidence;
import org.aiip.tracker.registry.RecordTrail;
import org.aiip.tracker.registry.RecordWrites;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.system.RecordRejectedException;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.Texts;
import org.aiip.tracker.litigation.internal.CaseParty;
import org.aiip.tracker.litigation.internal.CasePatent;
import org.aiip.tracker.litigation.internal.CaseRepository;

/**
 * The litigation log: reads for everyone; changes for admins, and for editors on the cases their
 * company is a party to (another case is a 404 to them). A case names at least one member among its
 * parties and its source; a patent the tracker has must be a published filing, any other stays a
 * number as the source writes it. Every change is audited in its transaction; stale forms overwrite nothing.
 */
@Service
@Transactional
public class CaseService {

    /** The audit trail's name for cases. */
    public static final String AUDIT_TYPE = "court-case";

    private final CaseRepository cases;

    private final MemberService members;

    private final FilingReferences references;

    private final RecordWrites<LitigationCase> writes;

    CaseService(CaseRepository cases, MemberService members, FilingReferences references, RecordTrail trail) {
        this.cases = cases;
        this.members = members;
        this.references = references;
        this.writes = new RecordWrites<>(trail, cases, AUDIT_TYPE, CaseService::firstMember,
                c -> c.getCaseNumber() + " " + c.getTitle());
    }

    @Transactional(readOnly = true)
    public List<CaseView> all() {
        return views(this.cases.findAllNewestFirst());
    }

    @Transactional(readOnly = true)
    public Optional<CaseView> byId(long id) {
        return this.cases.findById(id).map(c -> views(List.of(c)).get(0));
    }

    @Transactional(readOnly = true)
    public List<CaseView> naming(long filingId) {
        return views(this.cases.findNaming(filingId));
    }

    /** Every filing on record that some case involves. */
    @Transactional(readOnly = true)
    public RecordEvidence.Named named() {
        return new RecordEvidence.Named(this.cases.findNamedFilingIds(), List.of());
    }

    @Transactional(readOnly = true)
    public CaseForm formFor(long id) {
        return CaseForm.from(forEdit(id));
    }

    @Transactional(readOnly = true)
    public List<? extends RecordHistory.Entry> history(long id) {
        return this.writes.history(id, "case");
    }

    /** Whether the current person may change the case: admins any, editors those their company is party to. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long id) {
        return this.cases.findById(id).map(CaseService::mayEdit).orElse(false);
    }

    public LitigationCase create(CaseCommand command) {
        return this.writes.create(LitigationCase.empty(), c -> apply(c, command));
    }

    public LitigationCase update(long id, CaseCommand command) {
        return this.writes.update(forEdit(id), command.version(), "case " + id, c -> apply(c, command));
    }

    private LitigationCase forEdit(long id) {
        LitigationCase c = this.cases.findById(id).orElseThrow(() -> new NotFoundException("case"));
        if (!mayEdit(c)) {
            throw new NotFoundException("case");
        }
        return c;
    }

    private static boolean mayEdit(LitigationCase c) {
        return CurrentUser.get().map(u -> u.isAdmin() || (u.memberId() != null && c.involves(u.memberId())))
            .orElse(false);
    }

    private void apply(LitigationCase c, CaseCommand command) {
        List<RuleViolation> violations = new ArrayList<>();
        List<CaseParty> parties = parties(command, violations);
        if (command.decidedOn() != null && command.decidedOn().isBefore(command.filedOn())) {
            violations.add(RuleViolation.of("decidedOn", "registries.dates.order", "the end cannot be before the start"));
        }
        List<CasePatent> patents = new ArrayList<>();
        for (String number : command.patents()) {
            Optional<PatentFiling> filing = this.references.byNumber(number);
            if (filing.isPresent() && !filing.get().isPublished()) {
                violations.add(RuleViolation.of("patents", "references.patent.unpublished",
                        number + " is not published: a public record cannot name it", number));
            }
            else if (number.length() > 100) {
                violations.add(RuleViolation.of("patents", "litigation.patents.tooLong", "at most 100 characters a number"));
            }
            else {
                patents.add(new CasePatent(filing.map(FilingReferences::reference).orElse(number),
                        filing.map(PatentFiling::getId).orElse(null)));
            }
        }
        if (!violations.isEmpty()) {
            throw new RecordRejectedException(violations);
        }
        c.describe(command.caseNumber().strip(), command.title().strip(), command.forum().strip(), command.forumKind(),
                command.filedOn(), command.decidedOn(), command.outcome(), Texts.trimToNull(command.outcomeNote()),
                command.sourceUrl().strip(), Texts.trimToNull(command.note()));
        c.replace(parties, patents);
    }

    private List<CaseParty> parties(CaseCommand command, List<RuleViolation> violations) {
        List<CaseParty> parties = new ArrayList<>();
        boolean member = false;
        boolean own = false;
        TrackerUser user = CurrentUser.get().orElseThrow(() -> new NotFoundException("case"));
        for (int i = 0; i < command.parties().size(); i++) {
            CaseCommand.Party row = command.parties().get(i);
            if (row.isBlank()) {
                continue;
            }
            String name = Texts.trimToNull(row.name());
            if (row.memberId() != null && name != null) {
                violations.add(RuleViolation.of("parties[" + i + "].name", "litigation.party.both",
                        "choose a member or type a name, not both"));
                continue;
            }
            if (row.memberId() != null) {
                Optional<MemberCompany> found = this.members.byId(row.memberId());
                if (found.isEmpty()) {
                    violations.add(RuleViolation.of("parties[" + i + "].memberId", "registries.member.unknown",
                            "choose the member from the list"));
                    continue;
                }
                member = true;
                own |= user.mayEdit(row.memberId());
            }
            parties.add(new CaseParty(row.side() == null ? PartySide.OTHER : row.side(), name,
                    row.memberId(), row.assertionEntity()));
        }
        if (!member) {
            violations.add(RuleViolation.of("parties", "litigation.parties.noMember",
                    "name at least one member company among the parties"));
        }
        else if (!own) {
            violations.add(RuleViolation.of("parties", "litigation.parties.notYours",
                    "your own company must be one of the parties"));
        }
        return parties;
    }

    /** The member the audit trail files a case under: its first member party. */
    private static Long firstMember(LitigationCase c) {
        return c.getParties().stream().map(CaseParty::getMemberId).filter(id -> id != null).findFirst().orElse(null);
    }

    private List<CaseView> views(List<LitigationCase> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberCompany> byId = this.members.all().stream()
            .collect(Collectors.toMap(MemberCompany::getId, Function.identity()));
        return found.stream()
            .map(c -> new CaseView(c.getId(), c.getCaseNumber(), c.getTitle(), c.getForum(), c.getForumKind(),
                    c.getFiledOn(), c.getDecidedOn(), c.getOutcome(), c.getOutcomeNote(), c.getSourceUrl(),
                    c.getNote(),
                    c.getParties().stream()
                        .map(p -> new CaseView.Party(p.getSide(), p.getMemberId() == null ? null : byId.get(p.getMemberId()),
                                p.getName(), p.isAssertionEntity()))
                        .toList(),
                    c.getPatents().stream().map(p -> new CaseView.Patent(p.getNumber(), p.getFilingId())).toList()))
            .toList();
    }

}
