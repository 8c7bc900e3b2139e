package org.aiip.tracker.membership;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipEventRepository extends JpaRepository<MembershipEvent, Long> {

    List<MembershipEvent> findByMemberIdOrderByEventDateAscIdAsc(Long memberId);

    List<MembershipEvent> findAllByOrderByEventDateAscIdAsc();

}
