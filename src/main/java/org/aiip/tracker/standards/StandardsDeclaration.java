package org.aiip.tracker.standards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.registry.PatentLists;
import org.aiip.tracker.registry.SourcedRecord;

/** A member's declaration of patents as essential (or possibly essential) to a standard, made to a standards body. */
@Entity
@Table(name = "standards_declaration")
public class StandardsDeclaration extends SourcedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private MemberCompany member;

    private String standardsBody;

    private String standard;

    private LocalDate declaredOn;

    @Enumerated(EnumType.STRING)
    private Commitment commitment;

    private String commitmentNote;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "standards_declaration_filing", joinColumns = @JoinColumn(name = "declaration_id"),
            inverseJoinColumns = @JoinColumn(name = "filing_id"))
    @OrderBy("id")
    private Set<PatentFiling> filings = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "standards_declaration_family", joinColumns = @JoinColumn(name = "declaration_id"))
    @Column(name = "family_key")
    private Set<String> families = new TreeSet<>();

    protected StandardsDeclaration() {
    }

    public static StandardsDeclaration empty() {
        return new StandardsDeclaration();
    }

    public void describe(MemberCompany member, String standardsBody, String standard, LocalDate declaredOn,
            Commitment commitment, String commitmentNote, String sourceUrl, String note) {
        this.member = member;
        this.standardsBody = standardsBody;
        this.standard = standard;
        this.declaredOn = declaredOn;
        this.commitment = commitment;
        this.commitmentNote = commitmentNote;
        source(sourceUrl, note);
    }

    public void cover(Collection<PatentFiling> filings, Collection<String> families) {
        this.filings.clear();
        this.filings.addAll(filings);
        this.families.clear();
        this.families.addAll(families);
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

    public Set<PatentFiling> getFilings() {
        return this.filings;
    }

    public Set<String> getFamilies() {
        return this.families;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("member", this.member.getNameEn());
        state.put("standardsBody", this.standardsBody);
        state.put("standard", this.standard);
        state.put("declaredOn", String.valueOf(this.declaredOn));
        state.put("commitment", String.valueOf(this.commitment));
        state.put("commitmentNote", this.commitmentNote);
        state.put("sourceUrl", getSourceUrl());
        state.put("note", getNote());
        state.put("filings", PatentLists.auditText(this.filings));
        state.put("families", PatentLists.familiesText(this.families));
        return state;
    }

}
