package org.aiip.tracker.member;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberAliasRepository extends JpaRepository<MemberAlias, Long> {

    @Query("select a from MemberAlias a join fetch a.member where a.matchKey in :keys")
    List<MemberAlias> findByMatchKeyIn(Collection<String> keys);

    @Query("select a from MemberAlias a where a.member.id = :memberId order by a.status desc, a.name")
    List<MemberAlias> findByMemberId(Long memberId);

    @Query("select a from MemberAlias a join fetch a.member where a.status = 'PROPOSED' order by a.createdAt")
    List<MemberAlias> findProposed();

}
