package org.aiip.tracker.member;

import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.Version;

/**
 * A name under which a member appears in patent registers and export files: a legal entity, a
 * subsidiary or a former name, in any script, optionally valid only between two dates. Only
 * {@linkplain Status#APPROVED approved} aliases resolve names; editors' proposals wait for an admin.
 */
@Entity
@Table(name = "member_alias")
public class MemberAlias {

    /** What the name is to the member. */
    public enum Kind {
        LEGAL_ENTITY, SUBSIDIARY, FORMER_NAME, OTHER
    }

    public enum Status {
        APPROVED, PROPOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private MemberCompany member;

    private String name;

    private String matchKey;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private LocalDate validFrom;

    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    private Status status;

    /** Where the name is seen in use (a register page), or who said so. */
    private String source;

    private String proposedBy;

    private Instant createdAt;

    @Version
    private long version;

    protected MemberAlias() {
    }

    public MemberAlias(MemberCompany member, String name, Kind kind, Status status) {
        this.member = member;
        this.name = CompanyName.clean(name);
        this.matchKey = CompanyName.key(name);
        this.kind = kind;
        this.status = status;
        this.createdAt = Instant.now();
    }

    /** Whether the alias names the member on that date (an open end counts as always). */
    public boolean validOn(LocalDate date) {
        return date == null || ((this.validFrom == null || !date.isBefore(this.validFrom))
                && (this.validUntil == null || !date.isAfter(this.validUntil)));
    }

    public Long getId() {
        return this.id;
    }

    public MemberCompany getMember() {
        return this.member;
    }

    public String getName() {
        return this.name;
    }

    public String getMatchKey() {
        return this.matchKey;
    }

    public Kind getKind() {
        return this.kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public LocalDate getValidFrom() {
        return this.validFrom;
    }

    public LocalDate getValidUntil() {
        return this.validUntil;
    }

    public void setValidity(LocalDate from, LocalDate until) {
        this.validFrom = from;
        this.validUntil = until;
    }

    public Status getStatus() {
        return this.status;
    }

    public boolean isApproved() {
        return this.status == Status.APPROVED;
    }

    public void approve() {
        this.status = Status.APPROVED;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getProposedBy() {
        return this.proposedBy;
    }

    public void setProposedBy(String proposedBy) {
        this.proposedBy = proposedBy;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public long getVersion() {
        return this.version;
    }

}
