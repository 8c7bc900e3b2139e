package org.aiip.tracker.clause;

import java.time.LocalDate;
import java.util.List;

/**
 * A registry whose records are evidence of what members do on a clause: the licence offers behind
 * clause 3, the court cases and transfers behind clause 4, the standards declarations behind
 * clause 2. The clause page and each member's clause-by-clause standing show these records beside
 * the assessment; the registries implement this, so that the pages that show them need to know none.
 */
public interface ClauseEvidence {

    /** Which clause the registry evidences, what its records are, and where its list is. */
    Registry registry();

    /** Every record of the registry, once for each member it concerns. */
    List<Item> items();

    /**
     * A registry.
     *
     * @param clause the number of the clause its records evidence
     * @param kind the message key of the kind of record ("licence offer")
     * @param href the address of its list page
     */
    record Registry(int clause, String kind, String href) {
    }

    /**
     * One record as evidence.
     *
     * @param clause the number of the clause the record evidences
     * @param memberId the member company it concerns
     * @param kind the message key of the kind of record ("licence offer")
     * @param label the record's own name
     * @param date the record's date, or {@code null}
     * @param href the record's page
     */
    record Item(int clause, long memberId, String kind, String label, LocalDate date, String href) {
    }

}
