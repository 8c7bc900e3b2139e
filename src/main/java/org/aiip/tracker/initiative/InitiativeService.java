package org.aiip.tracker.initiative;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the initiative's facts and the reference ranking. */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

    private final InitiativeRepository initiatives;

    private final ReferenceRankingRepository rankings;

    InitiativeService(InitiativeRepository initiatives, ReferenceRankingRepository rankings) {
        this.initiatives = initiatives;
        this.rankings = rankings;
    }

    /** The initiative; the first migration stores exactly one. */
    public Initiative initiative() {
        return this.initiatives.findAll().stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("The initiative row is missing: migration V2 did not run"));
    }

    public List<ReferenceRanking> referenceRanking() {
        return this.rankings.findAllByOrderByIdAsc();
    }

}
