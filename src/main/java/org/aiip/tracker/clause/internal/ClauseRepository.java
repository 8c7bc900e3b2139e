package org.aiip.tracker.clause.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import org.aiip.tracker.clause.Clause;

public interface ClauseRepository extends JpaRepository<Clause, Long> {

    @EntityGraph(attributePaths = "texts")
    List<Clause> findAllByOrderByNumberAsc();

    @EntityGraph(attributePaths = "texts")
    Optional<Clause> findByNumber(int number);

}
