package org.aiip.tracker.initiative;

import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

}
