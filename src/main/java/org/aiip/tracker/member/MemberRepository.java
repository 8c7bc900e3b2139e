package org.aiip.tracker.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<MemberCompany, Long> {

    Optional<MemberCompany> findBySlug(String slug);

    List<MemberCompany> findAllByOrderByNameEnAsc();

}
