package org.aiip.tracker.overview;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import org.aiip.tracker.clause.ClauseEvidence;
import org.aiip.tracker.clause.ClauseEvidence.Item;

/**
 * The records of every registry behind the clauses (licence offers, cases, transfers, standards
 * declarations), gathered for the clause pages, the member profiles and the dashboard's matrix.
 */
@Component
class RegistryEvidence {

    private final List<ClauseEvidence> registries;

    RegistryEvidence(List<ClauseEvidence> registries) {
        this.registries = registries;
    }

    /** Every record of every registry, newest first. Call inside the page's read transaction. */
    Records load() {
        return new Records(this.registries.stream().map(ClauseEvidence::registry).toList(), this.registries.stream()
            .flatMap(r -> r.items().stream())
            .sorted(Comparator.comparing(Item::date, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList());
    }

    /** The records, with the views the pages need. */
    record Records(List<ClauseEvidence.Registry> registries, List<Item> items) {

        /** The registries whose records evidence the clause. */
        List<ClauseEvidence.Registry> registriesOf(int clause) {
            return this.registries.stream().filter(r -> r.clause() == clause).toList();
        }

        List<Item> forClause(int clause) {
            return this.items.stream().filter(i -> i.clause() == clause).toList();
        }

        List<Item> forMember(long memberId, int clause) {
            return this.items.stream().filter(i -> i.clause() == clause && i.memberId() == memberId).toList();
        }

        int count(long memberId, int clause) {
            return forMember(memberId, clause).size();
        }

    }

}
