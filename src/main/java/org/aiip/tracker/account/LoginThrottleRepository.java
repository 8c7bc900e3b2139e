package org.aiip.tracker.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

}
