package org.aiip.tracker.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.aiip.tracker.member.MemberCompany;

/**
 * One row of the {@code filing_count} table: how many filings share one combination of applicant, year, office,
 * status, area, publication and open licence. Of the three counting classes this is the stored row;
 * {@link FilingCounts} writes the rows (in SQL, inside each filing write) and {@link FilingStatistics} reads
 * figures from them. Read-only for JPA.
 */
@Entity
@Table(name = "filing_count")
class FilingCountRow {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applicant_id")
    private MemberCompany applicant;

    private int filingYear;

    @Enumerated(EnumType.STRING)
    private PatentOffice office;

    @Enumerated(EnumType.STRING)
    private LegalStatus legalStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "technology_area_id")
    private TechnologyArea technologyArea;

    private boolean published;

    private boolean openLicence;

    @Column(name = "filings")
    private long filings;

    protected FilingCountRow() {
    }

}
