package org.aiip.tracker.agreement.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.aiip.tracker.agreement.CooperationAgreement;

public interface AgreementRepository extends JpaRepository<CooperationAgreement, Long> {

    List<CooperationAgreement> findAllByOrderBySignedOnDesc();

    @Query("select distinct a from CooperationAgreement a join a.parties p where p.id = :memberId order by a.signedOn desc")
    List<CooperationAgreement> findByParty(Long memberId);

}
