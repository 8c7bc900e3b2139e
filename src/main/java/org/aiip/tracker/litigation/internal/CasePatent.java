package org.aiip.tracker.litigation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A patent involved in a case, as the source numbers it; {@code filingId} when the tracker has it
 * (a member's published filing). A patent of an outsider stays a number.
 */
@Embeddable
public class CasePatent {

    @Column(name = "number")
    private String number;

    @Column(name = "filing_id")
    private Long filingId;

    protected CasePatent() {
    }

    public CasePatent(String number, Long filingId) {
        this.number = number;
        this.filingId = filingId;
    }

    public String getNumber() {
        return this.number;
    }

    public Long getFilingId() {
        return this.filingId;
    }

}
