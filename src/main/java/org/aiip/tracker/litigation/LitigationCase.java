package org.aiip.tracker.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.aiip.tracker.registry.SourcedRecord;
import org.aiip.tracker.litigation.internal.CaseParty;
import org.aiip.tracker.litigation.internal.CasePatent;

/** A patent case before a court or a patent office in which a member is a party. */
@Entity
@Table(name = "litigation_case")
public class LitigationCase extends SourcedRecord {

    private String caseNumber;

    private String title;

    private String forum;

    @Enumerated(EnumType.STRING)
    private ForumKind forumKind;

    private LocalDate filedOn;

    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;

    @Column(length = 2000)
    private String outcomeNote;

    @ElementCollection
    @CollectionTable(name = "litigation_case_party", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseParty> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "litigation_case_patent", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CasePatent> patents = new ArrayList<>();

    protected LitigationCase() {
    }

    static LitigationCase empty() {
        return new LitigationCase();
    }

    void describe(String caseNumber, String title, String forum, ForumKind forumKind, LocalDate filedOn,
            LocalDate decidedOn, CaseOutcome outcome, String outcomeNote, String sourceUrl, String note) {
        this.caseNumber = caseNumber;
        this.title = title;
        this.forum = forum;
        this.forumKind = forumKind;
        this.filedOn = filedOn;
        this.decidedOn = decidedOn;
        this.outcome = outcome;
        this.outcomeNote = outcomeNote;
        source(sourceUrl, note);
    }

    void replace(List<CaseParty> parties, List<CasePatent> patents) {
        this.parties.clear();
        this.parties.addAll(parties);
        this.patents.clear();
        this.patents.addAll(patents);
    }

    /** Whether the member is a party. */
    public boolean involves(long memberId) {
        return this.parties.stream().anyMatch(p -> p.getMemberId() != null && p.getMemberId() == memberId);
    }

    public String getCaseNumber() {
        return this.caseNumber;
    }

    public String getTitle() {
        return this.title;
    }

    public String getForum() {
        return this.forum;
    }

    public ForumKind getForumKind() {
        return this.forumKind;
    }

    public LocalDate getFiledOn() {
        return this.filedOn;
    }

    public LocalDate getDecidedOn() {
        return this.decidedOn;
    }

    public CaseOutcome getOutcome() {
        return this.outcome;
    }

    public String getOutcomeNote() {
        return this.outcomeNote;
    }

    public List<CaseParty> getParties() {
        return this.parties;
    }

    public List<CasePatent> getPatents() {
        return this.patents;
    }

    /** The fields as the audit trail shows them; members appear by id as {@code member:<id>}. */
    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("caseNumber", this.caseNumber);
        state.put("title", this.title);
        state.put("forum", this.forum);
        state.put("forumKind", String.valueOf(this.forumKind));
        state.put("filedOn", String.valueOf(this.filedOn));
        state.put("decidedOn", this.decidedOn == null ? null : this.decidedOn.toString());
        state.put("outcome", String.valueOf(this.outcome));
        state.put("outcomeNote", this.outcomeNote);
        state.put("sourceUrl", getSourceUrl());
        state.put("note", getNote());
        state.put("parties", this.parties.stream()
            .map(p -> p.getSide() + " " + (p.getMemberId() != null ? "member:" + p.getMemberId() : p.getName())
                    + (p.isAssertionEntity() ? " (PAE)" : ""))
            .collect(Collectors.joining("; ")));
        state.put("patents", this.patents.stream().map(CasePatent::getNumber).collect(Collectors.joining("; ")));
        return state;
    }

}
