package org.aiip.tracker.litigation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.aiip.tracker.litigation.PartySide;

/**
 * A party to a case: a member company ({@code memberId}) or an outsider by name, and whether it is a
 * patent-assertion entity (a company whose business is asserting patents rather than practising them).
 */
@Embeddable
public class CaseParty {

    @Enumerated(EnumType.STRING)
    @Column(name = "side")
    private PartySide side;

    @Column(name = "name")
    private String name;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "assertion_entity")
    private boolean assertionEntity;

    protected CaseParty() {
    }

    public CaseParty(PartySide side, String name, Long memberId, boolean assertionEntity) {
        this.side = side;
        this.name = name;
        this.memberId = memberId;
        this.assertionEntity = assertionEntity;
    }

    public PartySide getSide() {
        return this.side;
    }

    /** The outsider's name; {@code null} for a member, which is named by {@link #getMemberId()}. */
    public String getName() {
        return this.name;
    }

    public Long getMemberId() {
        return this.memberId;
    }

    public boolean isAssertionEntity() {
        return this.assertionEntity;
    }

}
