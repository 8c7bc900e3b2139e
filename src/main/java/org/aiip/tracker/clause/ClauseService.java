package org.aiip.tracker.clause;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.clause.internal.ClauseRepository;

/** Reads the eight clauses with their language versions. */
@Service
@Transactional(readOnly = true)
public class ClauseService {

    private final ClauseRepository clauses;

    ClauseService(ClauseRepository clauses) {
        this.clauses = clauses;
    }

    /** The clauses in order, each with all its language versions loaded. */
    public List<Clause> all() {
        return this.clauses.findAllByOrderByNumberAsc();
    }

    public Optional<Clause> byNumber(int number) {
        return this.clauses.findByNumber(number);
    }

}
