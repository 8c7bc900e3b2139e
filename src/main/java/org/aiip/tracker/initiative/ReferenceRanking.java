package org.aiip.tracker.initiative;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of an external ranking of AI patent applications (the December 2019 report the source
 * article quotes), shown beside the tracker's own counts. {@code memberSlug} links a row to a
 * member where the company is one.
 */
@Entity
@Table(name = "reference_ranking")
public class ReferenceRanking {

    @Id
    private Long id;

    private int rankNo;

    private String company;

    private String memberSlug;

    private Integer applications;

    /** The page that reports this row of the ranking, and its address. */
    private String reportedBy;

    private String reportedUrl;

    private String scope;

    private String source;

    private LocalDate publishedOn;

    protected ReferenceRanking() {
    }

    public int getRankNo() {
        return this.rankNo;
    }

    public String getCompany() {
        return this.company;
    }

    public String getMemberSlug() {
        return this.memberSlug;
    }

    /** The number of applications the page gives; null where it names the rank only. */
    public Integer getApplications() {
        return this.applications;
    }

    public String getScope() {
        return this.scope;
    }

    public String getSource() {
        return this.source;
    }

    public String getReportedBy() {
        return this.reportedBy;
    }

    public String getReportedUrl() {
        return this.reportedUrl;
    }

    public LocalDate getPublishedOn() {
        return this.publishedOn;
    }

}
