package org.aiip.tracker.litigation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.registry.SourcedRecord;

/**
 * A member's patent assigned to a company outside the initiative, with its source: assignments change
 * who may assert a patent, which is why clause 4 watches them (a patent-assertion entity as assignee
 * above all). The filing's owners as its source names them are shown beside it on the filing page.
 */
@Entity
@Table(name = "patent_transfer")
public class PatentTransfer extends SourcedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filing_id")
    private PatentFiling filing;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_member_id")
    private MemberCompany fromMember;

    private String assignee;

    private boolean assertionEntity;

    private LocalDate transferredOn;

    protected PatentTransfer() {
    }

    static PatentTransfer empty() {
        return new PatentTransfer();
    }

    void describe(PatentFiling filing, MemberCompany fromMember, String assignee, boolean assertionEntity,
            LocalDate transferredOn, String sourceUrl, String note) {
        this.filing = filing;
        this.fromMember = fromMember;
        this.assignee = assignee;
        this.assertionEntity = assertionEntity;
        this.transferredOn = transferredOn;
        source(sourceUrl, note);
    }

    public PatentFiling getFiling() {
        return this.filing;
    }

    public MemberCompany getFromMember() {
        return this.fromMember;
    }

    public String getAssignee() {
        return this.assignee;
    }

    public boolean isAssertionEntity() {
        return this.assertionEntity;
    }

    public LocalDate getTransferredOn() {
        return this.transferredOn;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("filing", FilingReferences.reference(this.filing));
        state.put("fromMember", this.fromMember.getNameEn());
        state.put("assignee", this.assignee);
        state.put("assertionEntity", String.valueOf(this.assertionEntity));
        state.put("transferredOn", String.valueOf(this.transferredOn));
        state.put("sourceUrl", getSourceUrl());
        state.put("note", getNote());
        return state;
    }

}
