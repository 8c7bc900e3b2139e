package org.aiip.tracker.filing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TechnologyAreaRepository extends JpaRepository<TechnologyArea, Long> {

    List<TechnologyArea> findAllByOrderBySortOrderAsc();

    Optional<TechnologyArea> findByCode(String code);

}
