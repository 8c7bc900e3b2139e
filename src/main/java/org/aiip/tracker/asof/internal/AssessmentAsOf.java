package org.aiip.tracker.asof.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A compliance assessment as it stood on a day: status, summary, review and its evidence as recorded. */
final class AssessmentAsOf {

    final long id;

    final Long memberId;

    final int clauseNumber;

    String status;

    String summary;

    LocalDate reviewedOn;

    final List<String> evidence = new ArrayList<>();

    AssessmentAsOf(long id, Long memberId, int clauseNumber, String status, String summary, LocalDate reviewedOn) {
        this.id = id;
        this.memberId = memberId;
        this.clauseNumber = clauseNumber;
        this.status = status;
        this.summary = summary;
        this.reviewedOn = reviewedOn;
    }

    public long getId() {
        return this.id;
    }

    public Long getMemberId() {
        return this.memberId;
    }

    public int getClauseNumber() {
        return this.clauseNumber;
    }

    public String getStatus() {
        return this.status;
    }

    public String getSummary() {
        return this.summary;
    }

    public LocalDate getReviewedOn() {
        return this.reviewedOn;
    }

    /** The evidence items as the audit trail writes them, one line each. */
    public List<String> getEvidence() {
        return List.copyOf(this.evidence);
    }

}
