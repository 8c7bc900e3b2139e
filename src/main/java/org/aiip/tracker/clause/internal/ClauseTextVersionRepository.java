package org.aiip.tracker.clause.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import org.aiip.tracker.clause.ClauseTextVersion;

public interface ClauseTextVersionRepository extends JpaRepository<ClauseTextVersion, Long> {

    List<ClauseTextVersion> findByClauseIdOrderByLangAscVersionNoDesc(Long clauseId);

    List<ClauseTextVersion> findAllByOrderByClauseIdAscLangAscVersionNoAsc();

}
