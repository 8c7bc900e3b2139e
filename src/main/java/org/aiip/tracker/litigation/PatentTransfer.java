package org.aiip.tracker.litigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;

/**
 * A member's patent assigned to a company outside the initiative, with its source: assignments change
 * who may assert a patent, which is why clause 4 watches them (a patent-assertion entity as assignee
 * above all). The filing's owners as its source names them are shown beside it on the filing page.
 */
@Entity
@Table(name = "patent_transfer")
public class PatentTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filing_id")
    private PatentFiling filing;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_member_id")
    private MemberCompany fromMember;

    private String assignee;

    private boolean assertionEntity;

    private LocalDate transferredOn;

    private String sourceUrl;

    @Column(length = 4000)
    private String note;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected PatentTransfer() {
    }

    static PatentTransfer empty() {
        return new PatentTransfer();
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

    void describe(PatentFiling filing, MemberCompany fromMember, String assignee, boolean assertionEntity,
            LocalDate transferredOn, String sourceUrl, String note) {
        this.filing = filing;
        this.fromMember = fromMember;
        this.assignee = assignee;
        this.assertionEntity = assertionEntity;
        this.transferredOn = transferredOn;
        this.sourceUrl = sourceUrl;
        this.note = note;
    }

    public Long getId() {
        return this.id;
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

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public String getNote() {
        return this.note;
    }

    public long getVersion() {
        return this.version;
    }

    Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("filing", FilingReferences.reference(this.filing));
        state.put("fromMember", this.fromMember.getNameEn());
        state.put("assignee", this.assignee);
        state.put("assertionEntity", String.valueOf(this.assertionEntity));
        state.put("transferredOn", String.valueOf(this.transferredOn));
        state.put("sourceUrl", this.sourceUrl);
        state.put("note", this.note);
        return state;
    }

}
