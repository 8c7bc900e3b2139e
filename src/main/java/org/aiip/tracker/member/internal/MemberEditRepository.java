package org.aiip.tracker.member.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import org.aiip.tracker.member.MemberCompany;

/** Member companies as the edit forms load and save them. */
interface MemberEditRepository extends JpaRepository<MemberCompany, Long> {

    Optional<MemberCompany> findBySlug(String slug);

}
