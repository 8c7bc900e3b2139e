package org.aiip.tracker.standards.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.aiip.tracker.standards.StandardsDeclaration;

public interface DeclarationRepository extends JpaRepository<StandardsDeclaration, Long> {

    @Query("select d from StandardsDeclaration d join fetch d.member order by d.declaredOn desc, d.id desc")
    List<StandardsDeclaration> findAllNewestFirst();

    @Query("select d from StandardsDeclaration d join fetch d.member where d.id = :id")
    Optional<StandardsDeclaration> findWithMember(Long id);

    @Query("""
            select distinct d from StandardsDeclaration d join fetch d.member left join d.filings f left join d.families k
            where f.id = :filingId or (:familyKey is not null and k = :familyKey)
            order by d.id""")
    List<StandardsDeclaration> findNaming(Long filingId, String familyKey);

    /** The ids of the filings some declaration names. */
    @Query("select distinct f.id from StandardsDeclaration d join d.filings f")
    List<Long> findNamedFilingIds();

    /** The families some declaration names. */
    @Query("select distinct k from StandardsDeclaration d join d.families k")
    List<String> findNamedFamilyKeys();

}
