package org.aiip.tracker.filing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One word of one filing in the H2 search index: {@code entry} is word id × 2^40 + filing id
 * ({@link FilingWordIndex}). Mapped only so that the filing list's query can name it.
 */
@Entity
@Immutable
@Table(name = "filing_word")
class FilingWord {

    @Id
    private Long entry;

    protected FilingWord() {
    }

}
