package org.aiip.tracker.initiative;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.aiip.tracker.system.LocalizedText;
import org.aiip.tracker.system.ShownText;

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

    private String companyKo;

    private String companyZh;

    private String sourceKo;

    private String sourceZh;

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

    /** The company's name in the reader's language (the Korean article's names are its own words). */
    public ShownText company(Locale locale) {
        return new LocalizedText(this.company, this.companyKo, this.companyZh).in(locale, true);
    }

    /** The report's name in the reader's language (the Korean article names it; the Chinese is a translation). */
    public ShownText source(Locale locale) {
        return new LocalizedText(this.source, this.sourceKo, this.sourceZh).in(locale, true);
    }

}
