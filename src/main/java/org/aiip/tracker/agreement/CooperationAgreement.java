package org.aiip.tracker.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.member.MemberCompany;

/** An agreement between two or more member companies, such as Baidu and Haier's of June 2019. */
@Entity
@Table(name = "cooperation_agreement")
public class CooperationAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    private DatePrecision signedPrecision = DatePrecision.DAY;

    @Enumerated(EnumType.STRING)
    private AgreementKind kind;

    @Column(length = 4000)
    private String description;

    private String source;

    private boolean sample;

    @ManyToMany
    @JoinTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("nameEn")
    private Set<MemberCompany> parties = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "agreement_clause", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "clause_id"))
    @OrderBy("number")
    private Set<Clause> relatedClauses = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "field")
    private List<String> technologyFields = new ArrayList<>();

    @Version
    private long version;

    protected CooperationAgreement() {
    }

    public CooperationAgreement(String title, LocalDate signedOn, DatePrecision precision, AgreementKind kind) {
        this.title = title;
        this.signedOn = signedOn;
        this.signedPrecision = precision;
        this.kind = kind;
    }

    public Long getId() {
        return this.id;
    }

    public String getTitle() {
        return this.title;
    }

    public LocalDate getSignedOn() {
        return this.signedOn;
    }

    public DatePrecision getSignedPrecision() {
        return this.signedPrecision;
    }

    public AgreementKind getKind() {
        return this.kind;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSource() {
        return this.source;
    }

    public boolean isSample() {
        return this.sample;
    }

    public void markSample() {
        this.sample = true;
    }

    public Set<MemberCompany> getParties() {
        return this.parties;
    }

    public Set<Clause> getRelatedClauses() {
        return this.relatedClauses;
    }

    public List<String> getTechnologyFields() {
        return this.technologyFields;
    }

    public long getVersion() {
        return this.version;
    }

}
