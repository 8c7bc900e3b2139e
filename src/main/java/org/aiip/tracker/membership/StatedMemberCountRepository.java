package org.aiip.tracker.membership;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatedMemberCountRepository extends JpaRepository<StatedMemberCount, Long> {

    List<StatedMemberCount> findAllByOrderByStatedOnAscIdAsc();

}
