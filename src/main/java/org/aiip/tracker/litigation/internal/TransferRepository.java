package org.aiip.tracker.litigation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.aiip.tracker.litigation.PatentTransfer;

public interface TransferRepository extends JpaRepository<PatentTransfer, Long> {

    @Query("""
            select t from PatentTransfer t join fetch t.filing join fetch t.fromMember
            order by t.transferredOn desc, t.id desc""")
    List<PatentTransfer> findAllNewestFirst();

    @Query("select t from PatentTransfer t join fetch t.filing join fetch t.fromMember where t.id = :id")
    Optional<PatentTransfer> findWithFiling(Long id);

    @Query("select t from PatentTransfer t join fetch t.fromMember where t.filing.id = :filingId order by t.id")
    List<PatentTransfer> findByFiling(Long filingId);

    /** The ids of the filings some transfer concerns. */
    @Query("select distinct t.filing.id from PatentTransfer t")
    List<Long> findNamedFilingIds();

}
