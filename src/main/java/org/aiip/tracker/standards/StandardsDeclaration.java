package org.aiip.tracker.standards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;

/** A member's declaration of patents as essential (or possibly essential) to a standard, made to a standards body. */
@Entity
@Table(name = "standards_declaration")
public class StandardsDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private MemberCompany member;

    private String standardsBody;

    private String standard;

    private LocalDate declaredOn;

    @Enumerated(EnumType.STRING)
    private Commitment commitment;

    private String commitmentNote;

    private String sourceUrl;

    @Column(length = 4000)
    private String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "standards_declaration_filing", joinColumns = @JoinColumn(name = "declaration_id"),
            inverseJoinColumns = @JoinColumn(name = "filing_id"))
    @OrderBy("id")
    private Set<PatentFiling> filings = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "standards_declaration_family", joinColumns = @JoinColumn(name = "declaration_id"))
    @Column(name = "family_key")
    private Set<String> families = new TreeSet<>();

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected StandardsDeclaration() {
    }

    static StandardsDeclaration empty() {
        return new StandardsDeclaration();
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        Instant now = Instant.now();
        if (this.createdAt == null) {
            this.createdAt = now;
        }
        this.updatedAt = now;
    }

    void describe(MemberCompany member, String standardsBody, String standard, LocalDate declaredOn,
            Commitment commitment, String commitmentNote, String sourceUrl, String note) {
        this.member = member;
        this.standardsBody = standardsBody;
        this.standard = standard;
        this.declaredOn = declaredOn;
        this.commitment = commitment;
        this.commitmentNote = commitmentNote;
        this.sourceUrl = sourceUrl;
        this.note = note;
    }

    void cover(Collection<PatentFiling> filings, Collection<String> families) {
        this.filings.clear();
        this.filings.addAll(filings);
        this.families.clear();
        this.families.addAll(families);
    }

    public Long getId() {
        return this.id;
    }

    public MemberCompany getMember() {
        return this.member;
    }

    public String getStandardsBody() {
        return this.standardsBody;
    }

    public String getStandard() {
        return this.standard;
    }

    public LocalDate getDeclaredOn() {
        return this.declaredOn;
    }

    public Commitment getCommitment() {
        return this.commitment;
    }

    public String getCommitmentNote() {
        return this.commitmentNote;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public String getNote() {
        return this.note;
    }

    public Set<PatentFiling> getFilings() {
        return this.filings;
    }

    public Set<String> getFamilies() {
        return this.families;
    }

    public long getVersion() {
        return this.version;
    }

    Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("member", this.member.getNameEn());
        state.put("standardsBody", this.standardsBody);
        state.put("standard", this.standard);
        state.put("declaredOn", String.valueOf(this.declaredOn));
        state.put("commitment", String.valueOf(this.commitment));
        state.put("commitmentNote", this.commitmentNote);
        state.put("sourceUrl", this.sourceUrl);
        state.put("note", this.note);
        state.put("filings", this.filings.stream().map(FilingReferences::reference).sorted()
            .collect(Collectors.joining("; ")));
        state.put("families", String.join("; ", this.families));
        return state;
    }

}
