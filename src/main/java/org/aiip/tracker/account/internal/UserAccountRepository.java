package org.aiip.tracker.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import org.aiip.tracker.account.Role;
import org.aiip.tracker.account.UserAccount;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** By the name in its normal form ({@link Usernames#normalise}), the only form names are stored in. */
    @EntityGraph(attributePaths = "member")
    Optional<UserAccount> findByUsername(String username);

    @EntityGraph(attributePaths = "member")
    List<UserAccount> findAllByOrderByUsernameAsc();

    boolean existsByRole(Role role);

}
