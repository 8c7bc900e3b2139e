package org.aiip.tracker.importing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantNameRepository extends JpaRepository<ApplicantName, Long> {

    List<ApplicantName> findByMatchKeyIn(Collection<String> keys);

    Optional<ApplicantName> findByMatchKey(String key);

    List<ApplicantName> findByDecisionOrderByFirstSeenAsc(ApplicantName.Decision decision);

    List<ApplicantName> findTop50ByDecisionNotOrderByDecidedAtDesc(ApplicantName.Decision decision);

}
