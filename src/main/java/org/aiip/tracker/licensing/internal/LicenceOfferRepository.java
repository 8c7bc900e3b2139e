package org.aiip.tracker.licensing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.aiip.tracker.licensing.LicenceOffer;

public interface LicenceOfferRepository extends JpaRepository<LicenceOffer, Long> {

    /** Every offer, newest first, with its member. */
    @Query("select o from LicenceOffer o join fetch o.member order by o.offeredFrom desc, o.id desc")
    List<LicenceOffer> findAllNewestFirst();

    @Query("select o from LicenceOffer o join fetch o.member where o.id = :id")
    Optional<LicenceOffer> findWithMember(Long id);

    /** The offers that name the filing or its family. */
    @Query("""
            select distinct o from LicenceOffer o join fetch o.member left join o.filings f left join o.families k
            where f.id = :filingId or (:familyKey is not null and k = :familyKey)
            order by o.id""")
    List<LicenceOffer> findNaming(Long filingId, String familyKey);

    /** The ids of the filings some offer names. */
    @Query("select distinct f.id from LicenceOffer o join o.filings f")
    List<Long> findNamedFilingIds();

    /** The families some offer names. */
    @Query("select distinct k from LicenceOffer o join o.families k")
    List<String> findNamedFamilyKeys();

}
