package org.aiip.tracker.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordRejectedException;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.StaleVersionException;

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

    private final MemberService members;

    private final FilingReferences references;

    private final AuditService audit;

    DeclarationService(DeclarationRepository declarations, MemberService members, FilingReferences references,
            AuditService audit) {
        this.declarations = declarations;
        this.members = members;
        this.references = references;
        this.audit = audit;
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

    @Transactional(readOnly = true)
    public DeclarationForm formFor(long id) {
        return DeclarationForm.from(forEdit(id));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        this.declarations.findById(id).orElseThrow(() -> new NotFoundException("declaration"));
        return this.audit.history(AUDIT_TYPE, id);
    }

    public static boolean mayEdit(Long memberId) {
        return CurrentUser.get().map(u -> u.mayEdit(memberId)).orElse(false);
    }

    public StandardsDeclaration create(DeclarationForm form) {
        StandardsDeclaration d = StandardsDeclaration.empty();
        apply(d, form);
        this.declarations.saveAndFlush(d);
        record(d, AuditAction.CREATE, FieldChange.between(Map.of(), d.auditState()));
        return d;
    }

    public StandardsDeclaration update(long id, DeclarationForm form) {
        StandardsDeclaration d = forEdit(id);
        if (d.getVersion() != form.getVersion()) {
            throw new StaleVersionException("declaration " + id, null);
        }
        Map<String, String> before = d.auditState();
        apply(d, form);
        this.declarations.flush();
        List<FieldChange> changes = FieldChange.between(before, d.auditState());
        if (!changes.isEmpty()) {
            record(d, AuditAction.UPDATE, changes);
        }
        return d;
    }

    private StandardsDeclaration forEdit(long id) {
        StandardsDeclaration d = this.declarations.findWithMember(id)
            .orElseThrow(() -> new NotFoundException("declaration"));
        if (!mayEdit(d.getMember().getId())) {
            throw new NotFoundException("declaration");
        }
        return d;
    }

    private void apply(StandardsDeclaration d, DeclarationForm form) {
        List<RuleViolation> violations = new ArrayList<>();
        MemberCompany member = form.getMemberId() == null ? null : this.members.byId(form.getMemberId()).orElse(null);
        if (member == null || !mayEdit(member.getId())) {
            violations.add(RuleViolation.of("memberId", "registries.member.notYours", "choose your own company from the list"));
        }
        List<String> numbers = form.patentList();
        List<String> families = form.familyList();
        if (numbers.isEmpty() && families.isEmpty()) {
            violations.add(RuleViolation.of("patents", "standards.patents.none",
                    "name at least one patent or family that the declaration covers"));
        }
        List<PatentFiling> filings = List.of();
        if (member != null) {
            FilingReferences.Resolved resolved = this.references.resolve(numbers, member.getId(), "patents");
            violations.addAll(resolved.violations());
            filings = resolved.filings();
            violations.addAll(this.references.unknownFamilies(families, member.getId()));
        }
        if (!violations.isEmpty()) {
            throw new RecordRejectedException(violations);
        }
        d.describe(member, form.getStandardsBody().strip(), form.getStandard().strip(), form.getDeclaredOn(),
                form.getCommitment(), blankToNull(form.getCommitmentNote()), form.getSourceUrl().strip(),
                blankToNull(form.getNote()));
        d.cover(filings, families);
    }

    private void record(StandardsDeclaration d, AuditAction action, List<FieldChange> changes) {
        this.audit.record(AUDIT_TYPE, d.getId(), action, d.getMember().getId(),
                d.getStandardsBody() + " " + d.getStandard(), changes);
    }

    private List<DeclarationView> views(List<StandardsDeclaration> found) {
        FilingVisibility viewer = FilingAccess.visibility();
        return found.stream()
            .map(d -> new DeclarationView(d.getId(), d.getMember(), d.getStandardsBody(), d.getStandard(),
                    d.getDeclaredOn(), d.getCommitment(), d.getCommitmentNote(), d.getSourceUrl(), d.getNote(),
                    d.getFilings().stream().filter(viewer::canSee)
                        .map(f -> new DeclarationView.FilingLine(f.getId(), FilingReferences.reference(f), f.getTitle()))
                        .toList(),
                    List.copyOf(d.getFamilies())))
            .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
