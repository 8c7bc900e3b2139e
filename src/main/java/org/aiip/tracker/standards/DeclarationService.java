package org.aiip.tracker.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.registry.FilingLine;
import org.aiip.tracker.registry.MemberPatents;
import org.aiip.tracker.registry.RecordEvidence;
import org.aiip.tracker.registry.RecordTrail;
import org.aiip.tracker.registry.RecordWrites;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.system.RecordRejectedException;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.Texts;
import org.aiip.tracker.standards.internal.DeclarationRepository;

/**
 * Standards declarations: reads for everyone; changes for admins (any member) and editors (their own
 * company's declarations; another's is a 404). A declaration names published filings and families of
 * its member and its source; every change is audited in its transaction; stale forms overwrite nothing.
 */
@Service
@Transactional
public class DeclarationService {

    /** The audit trail's name for declarations. */
    public static final String AUDIT_TYPE = "standards-declaration";

    private final DeclarationRepository declarations;

    private final MemberPatents memberPatents;

    private final RecordWrites<StandardsDeclaration> writes;

    DeclarationService(DeclarationRepository declarations, MemberPatents memberPatents, RecordTrail trail) {
        this.declarations = declarations;
        this.memberPatents = memberPatents;
        this.writes = new RecordWrites<>(trail, declarations, AUDIT_TYPE, d -> d.getMember().getId(),
                d -> d.getStandardsBody() + " " + d.getStandard());
    }

    @Transactional(readOnly = true)
    public List<DeclarationView> all() {
        return views(this.declarations.findAllNewestFirst());
    }

    @Transactional(readOnly = true)
    public Optional<DeclarationView> byId(long id) {
        return this.declarations.findWithMember(id).map(d -> views(List.of(d)).get(0));
    }

    @Transactional(readOnly = true)
    public List<DeclarationView> naming(long filingId, String familyKey) {
        return views(this.declarations.findNaming(filingId, familyKey));
    }

    /** Every filing and family that some declaration names. */
    @Transactional(readOnly = true)
    public RecordEvidence.Named named() {
        return new RecordEvidence.Named(this.declarations.findNamedFilingIds(),
                this.declarations.findNamedFamilyKeys());
    }

    @Transactional(readOnly = true)
    public DeclarationForm formFor(long id) {
        return DeclarationForm.from(forEdit(id));
    }

    @Transactional(readOnly = true)
    public List<? extends RecordHistory.Entry> history(long id) {
        return this.writes.history(id, "declaration");
    }

    public StandardsDeclaration create(DeclarationCommand command) {
        return this.writes.create(StandardsDeclaration.empty(), d -> apply(d, command));
    }

    public StandardsDeclaration update(long id, DeclarationCommand command) {
        return this.writes.update(forEdit(id), command.version(), "declaration " + id, d -> apply(d, command));
    }

    private StandardsDeclaration forEdit(long id) {
        StandardsDeclaration d = this.declarations.findWithMember(id)
            .orElseThrow(() -> new NotFoundException("declaration"));
        if (!CurrentUser.mayEdit(d.getMember().getId())) {
            throw new NotFoundException("declaration");
        }
        return d;
    }

    private void apply(StandardsDeclaration d, DeclarationCommand command) {
        List<RuleViolation> violations = new ArrayList<>();
        MemberCompany member = this.memberPatents.member(command.memberId(), violations);
        List<String> numbers = command.patents();
        List<String> families = command.families();
        if (numbers.isEmpty() && families.isEmpty()) {
            violations.add(RuleViolation.of("patents", "standards.patents.none",
                    "name at least one patent or family that the declaration covers"));
        }
        List<PatentFiling> filings = this.memberPatents.filings(member, numbers, families, violations);
        if (!violations.isEmpty()) {
            throw new RecordRejectedException(violations);
        }
        d.describe(member, command.standardsBody().strip(), command.standard().strip(), command.declaredOn(),
                command.commitment(), Texts.trimToNull(command.commitmentNote()), command.sourceUrl().strip(),
                Texts.trimToNull(command.note()));
        d.cover(filings, families);
    }

    private List<DeclarationView> views(List<StandardsDeclaration> found) {
        FilingVisibility viewer = FilingAccess.visibility();
        return found.stream()
            .map(d -> new DeclarationView(d.getId(), d.getMember(), d.getStandardsBody(), d.getStandard(),
                    d.getDeclaredOn(), d.getCommitment(), d.getCommitmentNote(), d.getSourceUrl(), d.getNote(),
                    FilingLine.seen(d.getFilings(), viewer),
                    List.copyOf(d.getFamilies())))
            .toList();
    }

}
