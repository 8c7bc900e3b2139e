package org.aiip.tracker.account.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByAccountIdAndCodeHashAndUsedAtIsNull(Long accountId, String codeHash);

    long countByAccountIdAndUsedAtIsNull(Long accountId);

    /** Marks the code used unless it already is: 1 for the one request that used it, 0 for any other. */
    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
    int use(Long id, Instant now);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    int deleteByAccount(Long accountId);

}
