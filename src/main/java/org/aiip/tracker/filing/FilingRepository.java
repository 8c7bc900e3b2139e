package org.aiip.tracker.filing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Patent filings; the filtered, paged lists come from {@link FilingSearchRepository}. */
interface FilingRepository extends JpaRepository<PatentFiling, Long>, FilingSearchRepository {

    /**
     * One filing with everything its detail page shows, whether or not the viewer may see it:
     * callers check {@link FilingVisibility#canSee(PatentFiling)}.
     */
    @Query("""
            select distinct f from PatentFiling f
              join fetch f.applicant
              join fetch f.technologyArea
              left join fetch f.coApplicants
              left join fetch f.ipcSymbols
              left join fetch f.parties
            where f.id = :id""")
    Optional<PatentFiling> findForDetail(Long id);

}
