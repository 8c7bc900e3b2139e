package org.aiip.tracker.filing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** For tests that write filings: the H2 search index holds exactly the words of every title and abstract. */
public final class SearchIndexCheck {

    private SearchIndexCheck() {
    }

    public static void assertInStep(JdbcTemplate jdbc) {
        if (!isH2(jdbc)) {
            assertThat(jdbc.queryForObject("select count(*) from filing_word", Long.class))
                .as("PostgreSQL answers from its trigram indexes; the word index stays empty").isZero();
            return;
        }
        Map<Long, Set<String>> expected = new HashMap<>();
        jdbc.query("select id, title, abstract_text from patent_filing", rs -> {
            Set<String> words = SearchWords.of(rs.getString(2), rs.getString(3));
            if (!words.isEmpty()) {
                expected.put(rs.getLong(1), words);
            }
        });
        Map<Long, Set<String>> indexed = new HashMap<>();
        jdbc.query("""
                select mod(fw.entry, %d), w.word from filing_word fw
                join search_word w on fw.entry between w.id * %d and w.id * %d + %d""".formatted(FilingWordIndex.SPAN,
                FilingWordIndex.SPAN, FilingWordIndex.SPAN, FilingWordIndex.SPAN - 1),
                rs -> {
                    indexed.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                });
        assertThat(indexed).isEqualTo(expected);
    }

    private static boolean isH2(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> "H2".equals(c.getMetaData().getDatabaseProductName())));
    }

}
