package org.aiip.tracker.membership;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many members a source says the initiative has, as the source words it ("some 20"). The
 * members it does not name stay a count: the tracker never invents them.
 */
@Entity
@Table(name = "stated_member_count")
public class StatedMemberCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate statedOn;

    private String statedTotal;

    private Integer approxTotal;

    private String sourceTitle;

    private String sourceUrl;

    protected StatedMemberCount() {
    }

    public LocalDate getStatedOn() {
        return this.statedOn;
    }

    public String getStatedTotal() {
        return this.statedTotal;
    }

    public Integer getApproxTotal() {
        return this.approxTotal;
    }

    public String getSourceTitle() {
        return this.sourceTitle;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

}
