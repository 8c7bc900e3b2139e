package org.aiip.tracker.account.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

}
