package org.aiip.tracker.importing.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An applicant name met in an import that matched no member alias: it waits in the admins' review
 * queue until it is assigned to a member (which creates the alias) or marked as not a member, and the
 * rows that name it wait with it ({@link WaitingRows}).
 */
@Entity
@Table(name = "applicant_name")
class ApplicantName {

    enum Decision {
        PENDING, MEMBER, NOT_MEMBER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String matchKey;

    private String name;

    @Enumerated(EnumType.STRING)
    private Decision decision = Decision.PENDING;

    private Long memberId;

    private Instant firstSeen;

    private Instant decidedAt;

    private String decidedBy;

    @Version
    private long version;

    protected ApplicantName() {
    }

    ApplicantName(String matchKey, String name) {
        this.matchKey = matchKey;
        this.name = name;
        this.firstSeen = Instant.now();
    }

    void decide(Decision decision, Long memberId, String by) {
        this.decision = decision;
        this.memberId = memberId;
        this.decidedAt = Instant.now();
        this.decidedBy = by;
    }

    Long getId() {
        return this.id;
    }

    String getMatchKey() {
        return this.matchKey;
    }

    String getName() {
        return this.name;
    }

    Decision getDecision() {
        return this.decision;
    }

    Long getMemberId() {
        return this.memberId;
    }

    Instant getFirstSeen() {
        return this.firstSeen;
    }

    Instant getDecidedAt() {
        return this.decidedAt;
    }

    String getDecidedBy() {
        return this.decidedBy;
    }

    long getVersion() {
        return this.version;
    }

}
