package org.aiip.tracker.importing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.filing.FilingCounts;
import org.aiip.tracker.member.MemberAlias;
import org.aiip.tracker.member.MemberAliasRepository;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;

/**
 * The admins' review queue of company names that imports met and no alias covers: a name is
 * assigned to a member (which makes it an approved alias of that member) or marked as not a member;
 * either way the rows that waited for it are then checked again and imported, in the same
 * transaction, without the file. A row that now has an error is dropped with its reason in the
 * audit entry of the decision, so that nothing is lost without a trace.
 */
@Service
@Transactional
class NameReviewService {

    static final String AUDIT_TYPE = "applicant-name";

    private final ApplicantNameRepository names;

    private final MemberAliasRepository aliases;

    private final MemberService members;

    private final WaitingRows waiting;

    private final ImportScanner scanner;

    private final ExportRowWriter writer;

    private final ImportJobRepository jobs;

    private final FilingCounts counts;

    private final ApplicationEventPublisher events;

    NameReviewService(ApplicantNameRepository names, MemberAliasRepository aliases, MemberService members,
            WaitingRows waiting, ImportScanner scanner, ExportRowWriter writer, ImportJobRepository jobs,
            FilingCounts counts, ApplicationEventPublisher events) {
        this.names = names;
        this.aliases = aliases;
        this.members = members;
        this.waiting = waiting;
        this.scanner = scanner;
        this.writer = writer;
        this.jobs = jobs;
        this.counts = counts;
        this.events = events;
    }

    /** A name in the queue, with the rows waiting for it. */
    record QueuedName(long id, String name, long version, int rowsWaiting, java.time.Instant firstSeen) {
    }

    /** A decided name: to whom it was assigned (null: not a member), by whom and when. */
    record DecidedName(String name, ApplicantName.Decision decision, Long memberId, String decidedBy,
            java.time.Instant decidedAt) {
    }

    /** What a decision did: the rows it imported, the rows that still wait for other names, the rows dropped. */
    record Outcome(int imported, int stillWaiting, int dropped) implements java.io.Serializable {
    }

    @Transactional(readOnly = true)
    List<QueuedName> pending() {
        Map<String, Integer> counts = this.waiting.countsByName();
        return this.names.findByDecisionOrderByFirstSeenAsc(ApplicantName.Decision.PENDING)
            .stream()
            .map(n -> new QueuedName(n.getId(), n.getName(), n.getVersion(), counts.getOrDefault(n.getMatchKey(), 0),
                    n.getFirstSeen()))
            .toList();
    }

    @Transactional(readOnly = true)
    List<DecidedName> decided() {
        return this.names.findTop50ByDecisionNotOrderByDecidedAtDesc(ApplicantName.Decision.PENDING)
            .stream()
            .map(n -> new DecidedName(n.getName(), n.getDecision(), n.getMemberId(), n.getDecidedBy(), n.getDecidedAt()))
            .toList();
    }

    /** Assigns the name to a member as an approved alias, then imports the rows that waited for it. */
    Outcome assign(long id, long version, long memberId, MemberAlias.Kind kind) {
        ApplicantName name = pendingName(id, version);
        MemberCompany member = this.members.byId(memberId).orElseThrow(() -> new NotFoundException("member"));
        MemberAlias alias = new MemberAlias(member, name.getName(), kind, MemberAlias.Status.APPROVED);
        alias.setSource("review queue: met in an import");
        this.aliases.save(alias);
        name.decide(ApplicantName.Decision.MEMBER, memberId, CurrentUser.name());
        this.names.flush();
        return decided(name, member.getNameEn());
    }

    /**
     * A name approved as an alias on the member's page decides its place in the queue too: the rows
     * that waited for it are imported in the same transaction.
     */
    @org.springframework.context.event.EventListener
    void onAliasApproved(org.aiip.tracker.member.MemberAliasApproved approved) {
        this.names.findByMatchKey(approved.matchKey())
            .filter(name -> name.getDecision() == ApplicantName.Decision.PENDING)
            .ifPresent(name -> {
                name.decide(ApplicantName.Decision.MEMBER, approved.memberId(), CurrentUser.name());
                this.names.flush();
                decided(name, this.members.byId(approved.memberId()).map(MemberCompany::getNameEn).orElse(null));
            });
    }

    /** Marks the name as outside the initiative, then imports the rows that waited for it. */
    Outcome markNotMember(long id, long version) {
        ApplicantName name = pendingName(id, version);
        name.decide(ApplicantName.Decision.NOT_MEMBER, null, CurrentUser.name());
        this.names.flush();
        return decided(name, null);
    }

    private ApplicantName pendingName(long id, long version) {
        ApplicantName name = this.names.findById(id).orElseThrow(() -> new NotFoundException("applicant name"));
        if (name.getVersion() != version || name.getDecision() != ApplicantName.Decision.PENDING) {
            throw new OptimisticLockingFailureException("the name was decided meanwhile");
        }
        return name;
    }

    private Outcome decided(ApplicantName name, String memberName) {
        List<FieldChange> reasons = new ArrayList<>();
        Outcome outcome = applyWaiting(name.getMatchKey(), reasons);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("decision", ApplicantName.Decision.PENDING.name(), name.getDecision().name()));
        changes.add(new FieldChange("member", null, memberName));
        changes.add(new FieldChange("rowsImported", null, String.valueOf(outcome.imported())));
        changes.add(new FieldChange("rowsStillWaiting", null, String.valueOf(outcome.stillWaiting())));
        changes.add(new FieldChange("rowsDropped", null, String.valueOf(outcome.dropped())));
        changes.addAll(reasons);
        this.events.publishEvent(new ApplicantNameDecided(AUDIT_TYPE, name.getId(), AuditAction.UPDATE, name.getMemberId(),
                name.getName(), changes));
        return outcome;
    }

    /** Checks the rows that waited for this name again, job by job, and imports those now complete. */
    private Outcome applyWaiting(String key, List<FieldChange> reasons) {
        List<WaitingRows.Waiting> rows = this.waiting.waitingFor(List.of(key));
        Map<Long, List<WaitingRows.Waiting>> byJob = new LinkedHashMap<>();
        rows.forEach(row -> byJob.computeIfAbsent(row.jobId(), j -> new ArrayList<>()).add(row));
        int imported = 0;
        int still = 0;
        int dropped = 0;
        List<Long> done = new ArrayList<>();
        for (Map.Entry<Long, List<WaitingRows.Waiting>> job : byJob.entrySet()) {
            ImportJob importJob = this.jobs.findById(job.getKey()).orElseThrow();
            List<WaitingRows.Waiting> waitingRows = job.getValue();
            List<CheckedRow> checked = this.scanner.check(waitingRows.stream().map(WaitingRows.Waiting::row).toList(),
                    waitingRows.get(0).format(), importJob.getOwnerMemberId(), Set.of());
            for (int i = 0; i < checked.size(); i++) {
                CheckedRow row = checked.get(i);
                if (row.waits()) {
                    still++;
                    continue;
                }
                done.add(waitingRows.get(i).id());
                if (row.hasErrors()) {
                    dropped++;
                    reasons.add(new FieldChange("row " + row.row() + " of import #" + job.getKey(), null,
                            row.issues().stream().map(RowIssue::defaultMessage).reduce((a, b) -> a + "; " + b).orElse("")));
                }
            }
            WriteCounts written = this.writer.write(checked, new ExportRowWriter.Context(job.getKey(),
                    importJob.getFileName(), Set.of(), MatchChoice.UPDATE));
            imported += written.created() + written.updated();
        }
        this.waiting.remove(done);
        if (imported > 0) {
            this.counts.rebuild();
        }
        return new Outcome(imported, still, dropped);
    }

}
