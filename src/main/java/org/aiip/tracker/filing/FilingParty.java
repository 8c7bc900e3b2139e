package org.aiip.tracker.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An applicant or current owner of a filing as its source names it, and the member company the name
 * belongs to, if any. Names without a member are outside co-applicants, or new owners after a transfer.
 */
@Embeddable
public class FilingParty {

    /** Whether the name applied for the filing or owns it now. */
    public enum Role {
        APPLICANT, OWNER
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Role role;

    @Column(name = "name")
    private String name;

    @Column(name = "member_id")
    private Long memberId;

    protected FilingParty() {
    }

    public FilingParty(Role role, String name, Long memberId) {
        this.role = role;
        this.name = name;
        this.memberId = memberId;
    }

    public Role getRole() {
        return this.role;
    }

    public String getName() {
        return this.name;
    }

    /** The member company the name belongs to; null for a name outside the initiative. */
    public Long getMemberId() {
        return this.memberId;
    }

    public boolean isMember() {
        return this.memberId != null;
    }

}
