package org.aiip.tracker.filing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A word of the H2 search index, for the filing list's query; {@link FilingWordIndex} writes the table. */
@Entity
@Immutable
@Table(name = "search_word")
class SearchWord {

    @Id
    private Integer id;

    private String word;

    protected SearchWord() {
    }

}
