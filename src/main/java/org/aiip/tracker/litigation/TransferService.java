package org.aiip.tracker.litigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.aiip.tracker.litigation.internal.TransferRepository;

/**
 * Recorded transfers of members' patents to outsiders: reads for everyone; changes for admins, and
 * for editors on their own company's patents (another company's transfer is a 404 to them). The filing
 * must be a published filing of the member; the source is required. Beside the recorded transfers, the
 * changes of hands that the filings' own owner data shows ({@link FilingReferences#ownedOutside}) are
 * offered for recording, so that the two never tell different stories unseen.
 */
@Service
@Transactional
public class TransferService {

    /** The audit trail's name for transfers. */
    public static final String AUDIT_TYPE = "patent-transfer";

    /** The most changes of hands from the owner data that the transfers page lists. */
    static final int OWNER_CHANGES = 200;

    private final TransferRepository transfers;

    private final MemberService members;

    private final FilingReferences references;

    private final RecordWrites<PatentTransfer> writes;

    TransferService(TransferRepository transfers, MemberService members, FilingReferences references,
            RecordTrail trail) {
        this.transfers = transfers;
        this.members = members;
        this.references = references;
        this.writes = new RecordWrites<>(trail, transfers, AUDIT_TYPE, t -> t.getFromMember().getId(),
                t -> FilingReferences.reference(t.getFiling()) + " → " + t.getAssignee());
    }

    @Transactional(readOnly = true)
    public List<TransferView> all() {
        return this.transfers.findAllNewestFirst().stream().map(TransferService::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<TransferView> byId(long id) {
        return this.transfers.findWithFiling(id).map(TransferService::view);
    }

    @Transactional(readOnly = true)
    public List<TransferView> forFiling(long filingId) {
        return this.transfers.findByFiling(filingId).stream().map(TransferService::view).toList();
    }

    /** Every filing that some transfer concerns. */
    @Transactional(readOnly = true)
    public RecordEvidence.Named named() {
        return new RecordEvidence.Named(this.transfers.findNamedFilingIds(), List.of());
    }

    /**
     * The changes of hands the filing data shows that no recorded transfer covers yet, each with the
     * outside owners not yet recorded as assignees of that filing.
     */
    @Transactional(readOnly = true)
    public List<FilingReferences.OwnerChange> unrecordedOwnerChanges() {
        List<TransferView> recorded = all();
        List<FilingReferences.OwnerChange> open = new ArrayList<>();
        for (FilingReferences.OwnerChange change : this.references.ownedOutside(OWNER_CHANGES)) {
            List<String> owners = change.outsideOwners().stream()
                .filter(owner -> recorded.stream().noneMatch(t -> t.filingId() == change.filingId()
                        && t.assignee().equalsIgnoreCase(owner)))
                .toList();
            if (!owners.isEmpty()) {
                open.add(new FilingReferences.OwnerChange(change.filingId(), change.reference(), change.title(),
                        change.applicant(), owners, change.sourceUrl()));
            }
        }
        return open;
    }

    /** A new transfer form, filled from the filing's owner data when a filing id is given. */
    @Transactional(readOnly = true)
    public TransferForm newForm(Long filingId, String assignee) {
        TransferForm form = new TransferForm();
        if (filingId != null) {
            this.references.ownedOutside(OWNER_CHANGES).stream()
                .filter(c -> c.filingId() == filingId)
                .findFirst()
                .ifPresent(c -> {
                    form.setPatent(c.reference());
                    form.setAssignee(assignee != null && c.outsideOwners().contains(assignee) ? assignee
                            : c.outsideOwners().get(0));
                    form.setSourceUrl(c.sourceUrl());
                });
        }
        return form;
    }

    @Transactional(readOnly = true)
    public TransferForm formFor(long id) {
        return TransferForm.from(forEdit(id));
    }

    @Transactional(readOnly = true)
    public List<? extends RecordHistory.Entry> history(long id) {
        return this.writes.history(id, "transfer");
    }

    public PatentTransfer create(TransferCommand command) {
        return this.writes.create(PatentTransfer.empty(), t -> apply(t, command));
    }

    public PatentTransfer update(long id, TransferCommand command) {
        return this.writes.update(forEdit(id), command.version(), "transfer " + id, t -> apply(t, command));
    }

    private PatentTransfer forEdit(long id) {
        PatentTransfer transfer = this.transfers.findWithFiling(id).orElseThrow(() -> new NotFoundException("transfer"));
        if (!CurrentUser.mayEdit(transfer.getFromMember().getId())) {
            throw new NotFoundException("transfer");
        }
        return transfer;
    }

    private void apply(PatentTransfer transfer, TransferCommand command) {
        TrackerUser user = CurrentUser.get().orElseThrow(() -> new NotFoundException("transfer"));
        FilingReferences.Resolved resolved = this.references.resolve(List.of(command.patent().strip()),
                user.isAdmin() ? null : user.memberId(), "patent");
        if (!resolved.violations().isEmpty()) {
            throw new RecordRejectedException(resolved.violations());
        }
        PatentFiling filing = resolved.filings().get(0);
        MemberCompany from = user.isAdmin() ? filing.getApplicant()
                : this.members.byId(user.memberId()).orElseThrow(() -> new NotFoundException("member"));
        String assignee = command.assignee().strip();
        if (this.members.all().stream().anyMatch(m -> m.getNameEn().equalsIgnoreCase(assignee))) {
            throw new RecordRejectedException(List.of(RuleViolation.of("assignee", "transfers.assignee.member",
                    "the assignee is a member: this register is for transfers to outsiders")));
        }
        transfer.describe(filing, from, assignee, command.assertionEntity(), command.transferredOn(),
                command.sourceUrl().strip(), Texts.trimToNull(command.note()));
    }

    private static TransferView view(PatentTransfer t) {
        return new TransferView(t.getId(), t.getFiling().getId(), FilingReferences.reference(t.getFiling()),
                t.getFiling().getTitle(), t.getFromMember(), t.getAssignee(), t.isAssertionEntity(),
                t.getTransferredOn(), t.getSourceUrl(), t.getNote());
    }

}
