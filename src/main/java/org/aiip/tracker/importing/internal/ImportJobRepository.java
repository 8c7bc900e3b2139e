package org.aiip.tracker.importing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    Optional<ImportJob> findByPublicId(String publicId);

    List<ImportJob> findByOwnerOrderByCreatedAtDesc(String owner, Pageable page);

    List<ImportJob> findAllByOrderByCreatedAtDesc(Pageable page);

}
