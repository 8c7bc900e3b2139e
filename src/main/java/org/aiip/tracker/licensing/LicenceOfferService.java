package org.aiip.tracker.licensing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.system.RecordRejectedException;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.StaleVersionException;
import org.aiip.tracker.system.Texts;
import org.aiip.tracker.licensing.internal.LicenceOfferRepository;
import org.aiip.tracker.licensing.internal.LicenceSnapshot;
import org.aiip.tracker.licensing.internal.LicenceSnapshotRepository;
import org.aiip.tracker.licensing.internal.SnapshotInput;

/**
 * The licence offers: reads for everyone, and changes for admins (any member) and editors (their own
 * company's offers only; another company's offer is a 404 to them, as if it did not exist). An offer
 * names published filings and families of its member only; every change and every snapshot is audited
 * in the transaction that makes it, and a stale form never overwrites a newer save.
 */
@Service
@Transactional
public class LicenceOfferService {

    /** The audit trail's name for licence offers. */
    public static final String AUDIT_TYPE = "licence-offer";

    private final LicenceOfferRepository offers;

    private final LicenceSnapshotRepository snapshots;

    private final MemberPatents memberPatents;

    private final RecordWrites<LicenceOffer> writes;

    LicenceOfferService(LicenceOfferRepository offers, LicenceSnapshotRepository snapshots,
            MemberPatents memberPatents, RecordTrail trail) {
        this.offers = offers;
        this.snapshots = snapshots;
        this.memberPatents = memberPatents;
        this.writes = new RecordWrites<>(trail, offers, AUDIT_TYPE, o -> o.getMember().getId(), LicenceOffer::getTitle);
    }

    /** Every offer, newest first. */
    @Transactional(readOnly = true)
    public List<OfferView> all() {
        return views(this.offers.findAllNewestFirst());
    }

    /** The offers of one member, newest first. */
    @Transactional(readOnly = true)
    public List<OfferView> forMember(long memberId) {
        return views(this.offers.findAllNewestFirst().stream().filter(o -> o.getMember().getId() == memberId).toList());
    }

    @Transactional(readOnly = true)
    public Optional<OfferView> byId(long id) {
        return this.offers.findWithMember(id).map(o -> views(List.of(o)).get(0));
    }

    /** The offers that name the filing or its family. */
    @Transactional(readOnly = true)
    public List<OfferView> naming(long filingId, String familyKey) {
        return views(this.offers.findNaming(filingId, familyKey));
    }

    /** Every filing and family that some offer names. */
    @Transactional(readOnly = true)
    public RecordEvidence.Named named() {
        return new RecordEvidence.Named(this.offers.findNamedFilingIds(), this.offers.findNamedFamilyKeys());
    }

    /** The snapshot of the offer, without content; another offer's snapshot id is a 404. */
    @Transactional(readOnly = true)
    public SnapshotInfo snapshot(long offerId, long snapshotId) {
        return this.snapshots.info(offerId, snapshotId).orElseThrow(() -> new NotFoundException("snapshot"));
    }

    @Transactional(readOnly = true)
    public byte[] content(SnapshotInfo snapshot) {
        return this.snapshots.content(snapshot.id());
    }

    /** The edit form of an offer the current person may change, or a 404. */
    @Transactional(readOnly = true)
    public LicenceOfferForm formFor(long id) {
        return LicenceOfferForm.from(forEdit(id));
    }

    /** The history of an offer, newest first; an unknown offer is a 404. */
    @Transactional(readOnly = true)
    public List<? extends RecordHistory.Entry> history(long id) {
        return this.writes.history(id, "licence offer");
    }

    public LicenceOffer create(LicenceOfferCommand command, SnapshotInput snapshot) {
        return this.writes.create(new LicenceOffer(null), o -> apply(o, command, snapshot != null),
                o -> kept(o, snapshot));
    }

    /**
     * Saves the changes if nobody saved the offer since the form showed {@code command.version}; otherwise
     * throws {@link StaleVersionException}. A snapshot sent with the form is kept as well.
     */
    public LicenceOffer update(long id, LicenceOfferCommand command, SnapshotInput snapshot) {
        return this.writes.update(forEdit(id), command.version(), "licence offer " + id,
                o -> apply(o, command, snapshot != null || !this.snapshots.infos(List.of(id)).isEmpty()),
                o -> kept(o, snapshot));
    }

    /** Keeps a new snapshot of the offer's licence text. */
    public SnapshotInfo addSnapshot(long id, SnapshotInput snapshot) {
        LicenceOffer offer = forEdit(id);
        FieldChange change = keep(offer, snapshot);
        this.writes.record(offer, AuditAction.UPDATE, List.of(change));
        return this.snapshots.infos(List.of(id)).stream().reduce((a, b) -> b).orElseThrow();
    }

    /** The snapshot sent with the form kept, as the audit trail writes it; nothing without one. */
    private List<FieldChange> kept(LicenceOffer offer, SnapshotInput snapshot) {
        return snapshot == null ? List.of() : List.of(keep(offer, snapshot));
    }

    private FieldChange keep(LicenceOffer offer, SnapshotInput input) {
        LicenceSnapshot snapshot = this.snapshots.saveAndFlush(new LicenceSnapshot(offer.getId(), input,
                CurrentUser.name()));
        return new FieldChange("snapshot", null, snapshot.auditText());
    }

    private LicenceOffer forEdit(long id) {
        LicenceOffer offer = this.offers.findWithMember(id).orElseThrow(() -> new NotFoundException("licence offer"));
        if (!CurrentUser.mayEdit(offer.getMember().getId())) {
            throw new NotFoundException("licence offer");
        }
        return offer;
    }

    private void apply(LicenceOffer offer, LicenceOfferCommand command, boolean hasSnapshot) {
        List<RuleViolation> violations = new ArrayList<>();
        MemberCompany member = this.memberPatents.member(command.memberId(), violations);
        if (command.offeredUntil() != null && command.offeredUntil().isBefore(command.offeredFrom())) {
            violations.add(RuleViolation.of("offeredUntil", "registries.dates.order",
                    "the end cannot be before the start"));
        }
        List<String> numbers = command.patents();
        List<String> families = command.families();
        if (numbers.isEmpty() && families.isEmpty() && !command.wholePortfolio()) {
            violations.add(RuleViolation.of("patents", "licences.patents.none",
                    "name at least one patent or family that the offer covers"));
        }
        if (Texts.trimToNull(command.licenceUrl()) == null && !hasSnapshot) {
            violations.add(RuleViolation.of("licenceUrl", "licences.text.none",
                    "give the licence's address or keep its text as a snapshot"));
        }
        List<PatentFiling> filings = this.memberPatents.filings(member, numbers, families, violations);
        if (!violations.isEmpty()) {
            throw new RecordRejectedException(violations);
        }
        offer.setMember(member);
        offer.describe(command.title().strip(), command.terms(), Texts.trimToNull(command.fieldOfUse()),
                command.licensees().strip(), Texts.trimToNull(command.licenceUrl()));
        offer.setSource(Texts.trimToNull(command.sourceUrl()), Texts.trimToNull(command.note()));
        offer.setPeriod(command.offeredFrom(), command.offeredUntil());
        offer.cover(command.wholePortfolio(), filings, families);
    }

    private List<OfferView> views(List<LicenceOffer> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SnapshotInfo>> kept = this.snapshots.infos(found.stream().map(LicenceOffer::getId).toList())
            .stream()
            .collect(Collectors.groupingBy(SnapshotInfo::offerId));
        FilingVisibility viewer = FilingAccess.visibility();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return found.stream()
            .map(o -> new OfferView(o.getId(), o.getMember(), o.getTitle(), o.getTerms(), o.getFieldOfUse(),
                    o.getLicensees(), o.getOfferedFrom(), o.getOfferedUntil(), o.getLicenceUrl(), o.getNote(),
                    FilingLine.seen(o.getFilings(), viewer),
                    List.copyOf(o.getFamilies()), o.isWholePortfolio(), o.getSourceUrl(),
                    kept.getOrDefault(o.getId(), List.of()), o.isOpenOn(today), o.getUpdatedAt()))
            .toList();
    }

}
