package org.aiip.tracker.litigation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.aiip.tracker.litigation.LitigationCase;

public interface CaseRepository extends JpaRepository<LitigationCase, Long> {

    @Query("select c from LitigationCase c order by c.filedOn desc, c.id desc")
    List<LitigationCase> findAllNewestFirst();

    @Query("select distinct c from LitigationCase c join c.patents p where p.filingId = :filingId order by c.id")
    List<LitigationCase> findNaming(Long filingId);

    /** The ids of the filings on record that some case involves. */
    @Query("select distinct p.filingId from LitigationCase c join c.patents p where p.filingId is not null")
    List<Long> findNamedFilingIds();

}
