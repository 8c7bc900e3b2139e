package org.aiip.tracker.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.aiip.tracker.system.Audited;

/** An agreement between two or more member companies, such as Baidu and Haier's of June 2019. */
@Entity
@Table(name = "cooperation_agreement")
public class CooperationAgreement implements Audited {

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

    @Override
    public long getVersion() {
        return this.version;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The signing date as far as it is known: for MONTH and YEAR only the month or year of the date counts. */
    public void setSigned(LocalDate signedOn, DatePrecision precision) {
        this.signedOn = signedOn;
        this.signedPrecision = precision;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public void replaceParties(Collection<MemberCompany> parties) {
        this.parties.clear();
        this.parties.addAll(parties);
    }

    public void replaceRelatedClauses(Collection<Clause> clauses) {
        this.relatedClauses.clear();
        this.relatedClauses.addAll(clauses);
    }

    public void replaceTechnologyFields(List<String> fields) {
        this.technologyFields.clear();
        this.technologyFields.addAll(fields);
    }

    /** The fields as the audit trail shows them, before and after a change. */
    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("title", this.title);
        state.put("signedOn", String.valueOf(this.signedOn));
        state.put("signedPrecision", String.valueOf(this.signedPrecision));
        state.put("kind", String.valueOf(this.kind));
        state.put("parties", this.parties.stream().map(MemberCompany::getNameEn).sorted()
            .collect(Collectors.joining("; ")));
        state.put("technologyFields", String.join("; ", this.technologyFields));
        state.put("relatedClauses", this.relatedClauses.stream().map(Clause::getNumber).sorted()
            .map(String::valueOf).collect(Collectors.joining(", ")));
        state.put("description", this.description);
        state.put("source", this.source);
        return state;
    }

}
