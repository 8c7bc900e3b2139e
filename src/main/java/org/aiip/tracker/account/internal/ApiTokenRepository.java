package org.aiip.tracker.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token with this hash, with its account and the account's company (for the principal). */
    @EntityGraph(attributePaths = { "account", "account.member" })
    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId);

    Optional<ApiToken> findByIdAndAccountId(Long id, Long accountId);

    @Query("select count(t) from ApiToken t where t.account.id = :accountId and t.revokedAt is null"
            + " and (t.expiresAt is null or t.expiresAt > :now)")
    long countActive(Long accountId, Instant now);

    List<ApiToken> findByAccountIdAndRevokedAtIsNull(Long accountId);

}
