package org.aiip.tracker.clause;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClauseTextVersionRepository extends JpaRepository<ClauseTextVersion, Long> {

    List<ClauseTextVersion> findByClauseIdOrderByLangAscVersionNoDesc(Long clauseId);

    List<ClauseTextVersion> findAllByOrderByClauseIdAscLangAscVersionNoAsc();

}
