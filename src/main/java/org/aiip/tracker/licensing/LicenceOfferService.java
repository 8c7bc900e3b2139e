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
import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordRejectedException;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.StaleVersionException;

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

    private final MemberService members;

    private final FilingReferences references;

    private final AuditService audit;

    LicenceOfferService(LicenceOfferRepository offers, LicenceSnapshotRepository snapshots, MemberService members,
            FilingReferences references, AuditService audit) {
        this.offers = offers;
        this.snapshots = snapshots;
        this.members = members;
        this.references = references;
        this.audit = audit;
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
    public List<AuditEntry> history(long id) {
        this.offers.findById(id).orElseThrow(() -> new NotFoundException("licence offer"));
        return this.audit.history(AUDIT_TYPE, id);
    }

    /** Whether the current person may change this member's offers. */
    public static boolean mayEdit(Long memberId) {
        return CurrentUser.get().map(u -> u.mayEdit(memberId)).orElse(false);
    }

    public LicenceOffer create(LicenceOfferForm form, SnapshotInput snapshot) {
        LicenceOffer offer = new LicenceOffer(null);
        apply(offer, form, snapshot != null);
        this.offers.saveAndFlush(offer);
        List<FieldChange> changes = new ArrayList<>(FieldChange.between(Map.of(), offer.auditState()));
        if (snapshot != null) {
            changes.add(keep(offer, snapshot));
        }
        record(offer, AuditAction.CREATE, changes);
        return offer;
    }

    /**
     * Saves the changes if nobody saved the offer since the form showed {@code form.version}; otherwise
     * throws {@link StaleVersionException}. A snapshot sent with the form is kept as well.
     */
    public LicenceOffer update(long id, LicenceOfferForm form, SnapshotInput snapshot) {
        LicenceOffer offer = forEdit(id);
        if (offer.getVersion() != form.getVersion()) {
            throw new StaleVersionException("licence offer " + id, null);
        }
        Map<String, String> before = offer.auditState();
        apply(offer, form, snapshot != null || !this.snapshots.infos(List.of(id)).isEmpty());
        this.offers.flush();
        List<FieldChange> changes = new ArrayList<>(FieldChange.between(before, offer.auditState()));
        if (snapshot != null) {
            changes.add(keep(offer, snapshot));
        }
        if (!changes.isEmpty()) {
            record(offer, AuditAction.UPDATE, changes);
        }
        return offer;
    }

    /** Keeps a new snapshot of the offer's licence text. */
    public SnapshotInfo addSnapshot(long id, SnapshotInput snapshot) {
        LicenceOffer offer = forEdit(id);
        FieldChange change = keep(offer, snapshot);
        record(offer, AuditAction.UPDATE, List.of(change));
        return this.snapshots.infos(List.of(id)).stream().reduce((a, b) -> b).orElseThrow();
    }

    private FieldChange keep(LicenceOffer offer, SnapshotInput input) {
        LicenceSnapshot snapshot = this.snapshots.saveAndFlush(new LicenceSnapshot(offer.getId(), input,
                CurrentUser.name()));
        return new FieldChange("snapshot", null, snapshot.auditText());
    }

    private LicenceOffer forEdit(long id) {
        LicenceOffer offer = this.offers.findWithMember(id).orElseThrow(() -> new NotFoundException("licence offer"));
        if (!mayEdit(offer.getMember().getId())) {
            throw new NotFoundException("licence offer");
        }
        return offer;
    }

    private void apply(LicenceOffer offer, LicenceOfferForm form, boolean hasSnapshot) {
        List<RuleViolation> violations = new ArrayList<>();
        MemberCompany member = form.getMemberId() == null ? null : this.members.byId(form.getMemberId()).orElse(null);
        if (member == null || !mayEdit(member.getId())) {
            violations.add(RuleViolation.of("memberId", "registries.member.notYours",
                    "choose your own company from the list"));
        }
        if (form.getOfferedUntil() != null && form.getOfferedUntil().isBefore(form.getOfferedFrom())) {
            violations.add(RuleViolation.of("offeredUntil", "registries.dates.order",
                    "the end cannot be before the start"));
        }
        List<String> numbers = form.patentList();
        List<String> families = form.familyList();
        if (numbers.isEmpty() && families.isEmpty() && !form.isWholePortfolio()) {
            violations.add(RuleViolation.of("patents", "licences.patents.none",
                    "name at least one patent or family that the offer covers"));
        }
        if (blankToNull(form.getLicenceUrl()) == null && !hasSnapshot) {
            violations.add(RuleViolation.of("licenceUrl", "licences.text.none",
                    "give the licence's address or keep its text as a snapshot"));
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
        offer.setMember(member);
        offer.describe(form.getTitle().strip(), form.getTerms(), blankToNull(form.getFieldOfUse()),
                form.getLicensees().strip(), blankToNull(form.getLicenceUrl()), blankToNull(form.getNote()));
        offer.setPeriod(form.getOfferedFrom(), form.getOfferedUntil());
        offer.cover(form.isWholePortfolio(), blankToNull(form.getSourceUrl()), filings, families);
    }

    private void record(LicenceOffer offer, AuditAction action, List<FieldChange> changes) {
        this.audit.record(AUDIT_TYPE, offer.getId(), action, offer.getMember().getId(), offer.getTitle(), changes);
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
                    o.getFilings().stream().filter(viewer::canSee)
                        .map(f -> new OfferView.FilingLine(f.getId(), FilingReferences.reference(f), f.getTitle()))
                        .toList(),
                    List.copyOf(o.getFamilies()), o.isWholePortfolio(), o.getSourceUrl(),
                    kept.getOrDefault(o.getId(), List.of()), o.isOpenOn(today), o.getUpdatedAt()))
            .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
