package org.aiip.tracker.initiative;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceRankingRepository extends JpaRepository<ReferenceRanking, Long> {

    List<ReferenceRanking> findAllByOrderByIdAsc();

}
