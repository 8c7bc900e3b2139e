package org.aiip.tracker.filing;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The queries the write side needs: a filing with everything its form shows, and duplicates. */
interface FilingEditRepository extends JpaRepository<PatentFiling, Long> {

    @EntityGraph(attributePaths = { "applicant", "technologyArea", "coApplicants", "ipcSymbols" })
    @Query("select f from PatentFiling f where f.id = :id")
    Optional<PatentFiling> findForEdit(Long id);

    @Query("select f.id from PatentFiling f where f.office = :office and f.applicationNumber = :number")
    Optional<Long> findIdByNumber(PatentOffice office, String number);

}
