package org.aiip.tracker.membership.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import org.aiip.tracker.membership.StatedMemberCount;

public interface StatedMemberCountRepository extends JpaRepository<StatedMemberCount, Long> {

    List<StatedMemberCount> findAllByOrderByStatedOnAscIdAsc();

}
