package org.aiip.tracker.filing;

import jakarta.persistence.EntityManagerFactory;

import org.aiip.tracker.SearchIndexForTests;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that the search index has every filing of the database, in its current version, and nothing else. */
public final class SearchIndexCheck {

    private SearchIndexCheck() {
    }

    public static void assertInStep(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        assertThat(SearchIndexForTests.outOfStep(jdbc, entityManagerFactory))
            .as("filings whose index entry is missing, stale or left over").isEmpty();
    }

}
