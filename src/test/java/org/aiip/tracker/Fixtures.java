package org.aiip.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.FilingCounts;
import org.aiip.tracker.filing.IpcSymbol;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.filing.TechnologyArea;
import org.aiip.tracker.member.MemberCompany;

/**
 * Test data on the real (H2) database: filings with valid application numbers for the members
 * that migration V2 stores. Use inside a transaction (a {@code @Transactional} test).
 */
public final class Fixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(1000);

    private final EntityManager em;

    public Fixtures(EntityManager em) {
        this.em = em;
    }

    public MemberCompany member(String slug) {
        return this.em.createQuery("select m from MemberCompany m where m.slug = :slug", MemberCompany.class)
            .setParameter("slug", slug)
            .getSingleResult();
    }

    public TechnologyArea area(String code) {
        return this.em.createQuery("select a from TechnologyArea a where a.code = :code", TechnologyArea.class)
            .setParameter("code", code)
            .getSingleResult();
    }

    /** A new, valid CN invention application number of the given year (12-digit form). */
    public static ApplicationNumber cnNumber(int year) {
        String digits = year + "1" + String.format("%07d", SERIAL.incrementAndGet());
        return ApplicationNumber.parse(PatentOffice.CN, digits + ApplicationNumber.cnCheckCharacter(digits));
    }

    /** A published CN filing of the member, filed on the given date. */
    public PatentFiling publishedFiling(String memberSlug, String title, LocalDate filed) {
        PatentFiling filing = filing(memberSlug, title, filed, LegalStatus.PUBLISHED);
        filing.setPublicationNumber("CN" + (100000000 + SERIAL.incrementAndGet()) + "A");
        filing.setPublicationDate(filed.plusMonths(18));
        return save(filing);
    }

    /** An unpublished (confidential) CN filing of the member. */
    public PatentFiling unpublishedFiling(String memberSlug, String title, LocalDate filed) {
        return save(filing(memberSlug, title, filed, LegalStatus.FILED));
    }

    public PatentFiling filing(String memberSlug, String title, LocalDate filed, LegalStatus status) {
        PatentFiling filing = new PatentFiling(cnNumber(filed.getYear()), member(memberSlug), area("DEEP_LEARNING"));
        filing.setTitle(title);
        filing.setFilingDate(filed);
        filing.setLegalStatus(status);
        filing.setIpcSymbols(List.of(IpcSymbol.parse("G06N 3/08")));
        return filing;
    }

    /**
     * Stores the filing and adds it to its one row of the dashboard's counts, as a write through the form
     * does (no recount of every filing after each fixture).
     */
    public PatentFiling save(PatentFiling filing) {
        this.em.persist(filing);
        this.em.flush();
        Object[] key = { filing.getApplicant().getId(), filing.getFilingDate().getYear(), filing.getOffice().name(),
                filing.getLegalStatus().name(), filing.getTechnologyArea().getId(), filing.isPublished(),
                filing.isOpenLicence() };
        if (bind(this.em.createNativeQuery("update filing_count set filings = filings + 1 where applicant_id = ?1"
                + " and filing_year = ?2 and office = ?3 and legal_status = ?4 and technology_area_id = ?5"
                + " and published = ?6 and open_licence = ?7"), key).executeUpdate() == 0) {
            bind(this.em.createNativeQuery("insert into filing_count (applicant_id, filing_year, office, legal_status,"
                    + " technology_area_id, published, open_licence, filings) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)"),
                    key).executeUpdate();
        }
        newRevision();
        return filing;
    }

    private static Query bind(Query query, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }

    /** Brings the dashboard's filing counts in step after filings were written or changed directly. */
    public void recount() {
        this.em.flush();
        for (String statement : FilingCounts.REBUILD) {
            this.em.createNativeQuery(statement).executeUpdate();
        }
        newRevision();
    }

    /**
     * Pages cached before these direct writes must not be served after them in the test's transaction. A test that
     * commits its fixtures also calls {@code DataRevision.changed()}, as the application's writes do: the revision
     * this instance read is otherwise used for up to {@code tracker.data-revision.max-age}, as after another
     * instance's change.
     */
    private void newRevision() {
        this.em.createNativeQuery("update data_revision set revision = revision + 1 where id = 1").executeUpdate();
    }

}
