package org.aiip.tracker.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.system.StaleVersionException;
import org.aiip.tracker.system.Texts;

/**
 * Changes assessments and their evidence for admins and editors, and lets admins mark them
 * reviewed. Editors reach only their own company's assessments: another company's are a 404, as
 * if they did not exist. A stale form never overwrites a newer save; every change is audited.
 */
@Service
@Transactional
public class ComplianceEditService {

    static final String AUDIT_TYPE = "assessment";

    private final ComplianceAssessmentRepository assessments;

    private final MemberService members;

    private final ClauseService clauses;

    private final ApplicationEventPublisher events;

    private final RecordHistory history;

    ComplianceEditService(ComplianceAssessmentRepository assessments, MemberService members, ClauseService clauses,
            ApplicationEventPublisher events, RecordHistory history) {
        this.assessments = assessments;
        this.members = members;
        this.clauses = clauses;
        this.events = events;
        this.history = history;
    }

    /** The member's assessment of the clause (or none yet), if the current person may change it; else a 404. */
    @Transactional(readOnly = true)
    public AssessmentEdit forEdit(String memberSlug, int clauseNumber) {
        MemberCompany member = this.members.bySlug(memberSlug).orElseThrow(() -> new NotFoundException("member"));
        boolean mayEdit = CurrentUser.get().map(user -> user.mayEdit(member.getId())).orElse(false);
        if (!mayEdit) {
            throw new NotFoundException("assessment");
        }
        Clause clause = this.clauses.byNumber(clauseNumber).orElseThrow(() -> new NotFoundException("clause"));
        ComplianceAssessment assessment = this.assessments.findByMemberIdAndClauseId(member.getId(), clause.getId())
            .orElse(null);
        return new AssessmentEdit(member, clause, assessment);
    }

    /** The audit entries of the assessment, newest first (none while there is no assessment). */
    @Transactional(readOnly = true)
    public List<? extends RecordHistory.Entry> history(AssessmentEdit edit) {
        return edit.assessment() == null ? List.of() : this.history.history(AUDIT_TYPE, edit.assessment().getId());
    }

    /**
     * Saves status and summary, creating the assessment on its first save. Throws
     * {@link StaleVersionException} when the assessment changed since the form showed
     * {@code version} ({@code null}: the form was opened when there was no assessment).
     */
    public ComplianceAssessment save(String memberSlug, int clauseNumber, Long version, ComplianceStatus status,
            String summary) {
        AssessmentEdit edit = forEdit(memberSlug, clauseNumber);
        ComplianceAssessment assessment = edit.assessment();
        if (assessment != null && (version == null || assessment.getVersion() != version)) {
            throw new StaleVersionException("the assessment", assessment);
        }
        boolean created = assessment == null;
        assessment = created ? new ComplianceAssessment(edit.member(), edit.clause()) : assessment;
        Map<String, String> before = created ? Map.of() : assessment.auditState();
        assessment.setStatus(status);
        assessment.setSummary(Texts.trimToNull(summary));
        persistIfNew(assessment, created);
        List<FieldChange> changes = FieldChange.between(before, assessment.auditState());
        if (created || !changes.isEmpty()) {
            record(edit, assessment, created ? AuditAction.CREATE : AuditAction.UPDATE, changes);
        }
        return assessment;
    }

    /** Adds an evidence item (creating the assessment if there is none yet). */
    public Evidence addEvidence(String memberSlug, int clauseNumber, EvidenceForm form) {
        AssessmentEdit edit = forEdit(memberSlug, clauseNumber);
        boolean created = edit.assessment() == null;
        ComplianceAssessment assessment = created ? new ComplianceAssessment(edit.member(), edit.clause())
                : edit.assessment();
        Evidence item = assessment.addEvidence(form.getDate(), form.getKind(), form.getDescription().trim(),
                link(form.getLink()));
        persistIfNew(assessment, created);
        List<FieldChange> changes = new ArrayList<>(
                created ? FieldChange.between(Map.of(), assessment.auditState()) : List.of());
        changes.add(new FieldChange("evidence", null, item.auditText()));
        record(edit, assessment, created ? AuditAction.CREATE : AuditAction.UPDATE, changes);
        return item;
    }

    /** Removes an evidence item of this assessment; an id that is not one of its items is a 404. */
    public void removeEvidence(String memberSlug, int clauseNumber, Long evidenceId) {
        AssessmentEdit edit = forEdit(memberSlug, clauseNumber);
        if (edit.assessment() == null) {
            throw new NotFoundException("evidence");
        }
        Evidence item = edit.assessment()
            .removeEvidence(evidenceId)
            .orElseThrow(() -> new NotFoundException("evidence"));
        this.assessments.flush();
        record(edit, edit.assessment(), AuditAction.UPDATE,
                List.of(new FieldChange("evidence", item.auditText(), null)));
    }

    /** Marks an assessment reviewed today (UTC) by the admin signed in. Admins only. */
    public ComplianceAssessment review(Long assessmentId) {
        TrackerUser admin = CurrentUser.get()
            .filter(TrackerUser::isAdmin)
            .orElseThrow(() -> new NotFoundException("assessment"));
        ComplianceAssessment assessment = this.assessments.findWithMemberAndClauseById(assessmentId)
            .orElseThrow(() -> new NotFoundException("assessment"));
        Map<String, String> before = assessment.auditState();
        assessment.markReviewed(admin.username(), LocalDate.now(ZoneOffset.UTC));
        this.assessments.flush();
        AssessmentEdit edit = new AssessmentEdit(assessment.getMember(), assessment.getClause(), assessment);
        record(edit, assessment, AuditAction.REVIEW, FieldChange.between(before, assessment.auditState()));
        return assessment;
    }

    /** New assessments are persisted (with their evidence); changes to stored ones are flushed, bumping the version. */
    private void persistIfNew(ComplianceAssessment assessment, boolean created) {
        if (created) {
            this.assessments.save(assessment);
        }
        this.assessments.flush();
    }

    private void record(AssessmentEdit edit, ComplianceAssessment assessment, AuditAction action,
            List<FieldChange> changes) {
        this.events.publishEvent(new AssessmentChanged(AUDIT_TYPE,
                assessment.getId(), action, edit.member().getId(), edit.auditName(), changes));
    }

    /**
     * The link with its scheme in lower case, so that every page recognises it as a web address.
     * The form refuses anything but http(s); this keeps other callers from storing other schemes.
     */
    private static String link(String value) {
        String link = Texts.trimToNull(value);
        if (link == null) {
            return null;
        }
        if (!link.matches(EvidenceForm.LINK)) {
            throw new IllegalArgumentException("evidence links must be http or https addresses");
        }
        int colon = link.indexOf(':');
        return link.substring(0, colon).toLowerCase(Locale.ROOT) + link.substring(colon);
    }

}
