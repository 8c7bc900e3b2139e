package org.aiip.tracker.reminders.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceService;
import org.aiip.tracker.compliance.Evidence;

/**
 * Finds the assessments due for review: those whose newest evidence is older than
 * {@code tracker.reminders.evidence-max-age} (or that have none), and those never reviewed or last
 * reviewed longer ago than {@code tracker.reminders.review-every}.
 */
@Service("reviewReminders")
@Transactional(readOnly = true)
class ReviewReminders {

    private final ComplianceService compliance;

    private final Period evidenceMaxAge;

    private final Period reviewEvery;

    ReviewReminders(ComplianceService compliance,
            @Value("${tracker.reminders.evidence-max-age:P1Y}") Period evidenceMaxAge,
            @Value("${tracker.reminders.review-every:P6M}") Period reviewEvery) {
        this.compliance = compliance;
        this.evidenceMaxAge = evidenceMaxAge;
        this.reviewEvery = reviewEvery;
    }

    /** Every assessment due on the day, by member and clause. */
    public List<DueReview> due(LocalDate today) {
        return due(today, null);
    }

    /** The assessments of one member due on the day ({@code null}: every member's). */
    public List<DueReview> due(LocalDate today, Long memberId) {
        List<DueReview> result = new ArrayList<>();
        for (ComplianceAssessment a : this.compliance.all()) {
            if (memberId != null && !Objects.equals(a.getMember().getId(), memberId)) {
                continue;
            }
            Optional<LocalDate> newest = a.getEvidence().stream().map(Evidence::getEvidenceDate)
                .max(Comparator.naturalOrder());
            List<String> reasons = new ArrayList<>();
            if (newest.isEmpty()) {
                reasons.add("reminders.reason.noEvidence");
            }
            else if (newest.get().plus(this.evidenceMaxAge).isBefore(today)) {
                reasons.add("reminders.reason.oldEvidence");
            }
            if (a.getReviewedOn() == null) {
                reasons.add("reminders.reason.neverReviewed");
            }
            else if (!a.getReviewedOn().plus(this.reviewEvery).isAfter(today)) {
                reasons.add("reminders.reason.reviewDue");
            }
            if (!reasons.isEmpty()) {
                result.add(new DueReview(a.getMember().getSlug(), a.getMember().getNameEn(), a.getClause().getNumber(),
                        a.getStatus() == null ? null : a.getStatus().name(), newest.orElse(null), a.getReviewedOn(),
                        reasons));
            }
        }
        result.sort(Comparator.comparing(DueReview::memberName).thenComparingInt(DueReview::clause));
        return result;
    }

    /** The current person's list: an editor's own company's, an admin's every member's (for the account page). */
    public List<DueReview> forCurrentUser() {
        var user = org.aiip.tracker.account.CurrentUser.get();
        if (user.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return user.get().isAdmin() ? due(today) : due(today, user.get().memberId());
    }

    public Period getEvidenceMaxAge() {
        return this.evidenceMaxAge;
    }

    public Period getReviewEvery() {
        return this.reviewEvery;
    }

}
