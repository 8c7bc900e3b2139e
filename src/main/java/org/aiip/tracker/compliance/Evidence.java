package org.aiip.tracker.compliance;

import java.time.LocalDate;

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
import jakarta.persistence.Table;

/** A dated piece of evidence behind an assessment: a policy, a publication, an agreement ... */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private ComplianceAssessment assessment;

    private LocalDate evidenceDate;

    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;

    @Column(length = 2000)
    private String description;

    @Column(length = 1000)
    private String link;

    private boolean sample;

    protected Evidence() {
    }

    Evidence(ComplianceAssessment assessment, LocalDate evidenceDate, EvidenceKind kind, String description,
            String link, boolean sample) {
        this.assessment = assessment;
        this.evidenceDate = evidenceDate;
        this.kind = kind;
        this.description = description;
        this.link = link;
        this.sample = sample;
    }

    public Long getId() {
        return this.id;
    }

    public ComplianceAssessment getAssessment() {
        return this.assessment;
    }

    public LocalDate getEvidenceDate() {
        return this.evidenceDate;
    }

    public EvidenceKind getKind() {
        return this.kind;
    }

    public String getDescription() {
        return this.description;
    }

    public String getLink() {
        return this.link;
    }

    /** One line for the audit trail: date, kind, description and link. */
    public String auditText() {
        return this.evidenceDate + " " + this.kind + ": " + this.description + (this.link == null ? "" : " <" + this.link + ">");
    }

    public boolean isSample() {
        return this.sample;
    }

}
