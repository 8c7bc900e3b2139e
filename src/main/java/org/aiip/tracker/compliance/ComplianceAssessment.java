package org.aiip.tracker.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.member.MemberCompany;

/** How one member stands on one clause; there is at most one per member and clause. */
@Entity
@Table(name = "compliance_assessment")
public class ComplianceAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private MemberCompany member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clause_id")
    private Clause clause;

    @Enumerated(EnumType.STRING)
    private ComplianceStatus status = ComplianceStatus.NOT_STARTED;

    @Column(length = 4000)
    private String summary;

    private LocalDate reviewedOn;

    private String reviewer;

    private boolean sample;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Evidence> evidence = new ArrayList<>();

    @Version
    private long version;

    private Instant updatedAt;

    protected ComplianceAssessment() {
    }

    public ComplianceAssessment(MemberCompany member, Clause clause) {
        this.member = member;
        this.clause = clause;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        this.updatedAt = Instant.now();
    }

    /**
     * Adds an evidence item. The evidence list belongs to the assessment: changing it changes the
     * assessment too (its time and, through that, its version), so a form opened before the
     * change is stale afterwards.
     */
    public Evidence addEvidence(LocalDate date, EvidenceKind kind, String description, String link) {
        Evidence item = new Evidence(this, date, kind, description, link, this.sample);
        this.evidence.add(item);
        this.updatedAt = Instant.now();
        return item;
    }

    /** Removes the evidence item with this id, if it belongs to this assessment; changes the version like adding. */
    public Optional<Evidence> removeEvidence(Long evidenceId) {
        Optional<Evidence> item = this.evidence.stream().filter(e -> e.getId().equals(evidenceId)).findFirst();
        item.ifPresent(e -> {
            this.evidence.remove(e);
            this.updatedAt = Instant.now();
        });
        return item;
    }

    /** The fields the audit trail compares before and after a change (evidence items are recorded one by one). */
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", this.status == null ? null : this.status.name());
        state.put("summary", this.summary);
        state.put("reviewedOn", this.reviewedOn == null ? null : this.reviewedOn.toString());
        state.put("reviewer", this.reviewer);
        return state;
    }

    /** The evidence, newest first. */
    public List<Evidence> getEvidence() {
        return this.evidence.stream().sorted(Comparator.comparing(Evidence::getEvidenceDate).reversed()).toList();
    }

    public void markReviewed(String reviewer, LocalDate on) {
        this.reviewer = reviewer;
        this.reviewedOn = on;
    }

    public Long getId() {
        return this.id;
    }

    public MemberCompany getMember() {
        return this.member;
    }

    public Clause getClause() {
        return this.clause;
    }

    public ComplianceStatus getStatus() {
        return this.status;
    }

    public void setStatus(ComplianceStatus status) {
        this.status = status;
    }

    public String getSummary() {
        return this.summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getReviewedOn() {
        return this.reviewedOn;
    }

    public String getReviewer() {
        return this.reviewer;
    }

    public boolean isSample() {
        return this.sample;
    }

    public void markSample() {
        this.sample = true;
    }

    public long getVersion() {
        return this.version;
    }

    public Instant getUpdatedAt() {
        return this.updatedAt;
    }

}
