package org.aiip.tracker.membership.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import org.aiip.tracker.membership.MembershipEvent;

public interface MembershipEventRepository extends JpaRepository<MembershipEvent, Long> {

    List<MembershipEvent> findByMemberIdOrderByEventDateAscIdAsc(Long memberId);

    List<MembershipEvent> findAllByOrderByEventDateAscIdAsc();

}
