package org.aiip.tracker.filing;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index behind the filing list's text filter on H2, which has no index of its own for text in
 * the middle of a column (PostgreSQL has trigram indexes, V7, and this class does nothing there).
 * {@code search_word} holds every word seen ({@link SearchWords}); {@code filing_word} one row per
 * word and filing whose key is {@code word id × 2^40 + filing id}, so that the filings of a word
 * are one key range and the table is a single B-tree (half the writes of a two-column key). The
 * rows change in the transaction that writes the filing: {@link FilingWordListener} for the forms,
 * the writers of the import and of the sample call {@link #add} and {@link #replace}.
 * <p>
 * A word may appear twice in {@code search_word} when two transactions meet it first at the same
 * time; searches look at all its ids, so no lock is needed (a long import would otherwise hold its
 * new words until it commits, and a form saved meanwhile would wait for them).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FilingWordIndex implements ApplicationRunner {

    /** Filing ids are below 2^40: the low 40 bits of an entry are the filing, the rest the word. */
    static final long SPAN = 1L << 40;

    /** Above this share of all filings, the index would fetch too many rows one by one; a scan is faster. */
    static final int MOST_SHARE_DIVISOR = 4;

    /** Below this many candidates the index is always used (small databases). */
    static final int ALWAYS_BELOW = 1000;

    private static final Logger log = LoggerFactory.getLogger(FilingWordIndex.class);

    private static final int BATCH = 1000;

    private static final String ENTRIES_OF = """
            select count(*) from (select 1 from search_word w
                join filing_word fw on fw.entry between w.id * %d and w.id * %d + %d
                where w.word like ? escape '!' fetch first ? rows only) candidates""".formatted(SPAN, SPAN,
            SPAN - 1);

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transaction;

    private final boolean active;

    FilingWordIndex(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.active = isH2(dataSource);
    }

    /** The title and abstract of a filing, as the index sees them. */
    public record Text(long filingId, String title, String abstractText) {

        Set<String> words() {
            return SearchWords.of(this.title, this.abstractText);
        }

    }

    /** Whether this database needs the index (H2); on PostgreSQL every method does nothing. */
    public boolean active() {
        return this.active;
    }

    /** Adds the words of new filings, in the caller's transaction. */
    public void add(Collection<Text> filings) {
        if (!this.active || filings.isEmpty()) {
            return;
        }
        Map<Long, Set<String>> words = new HashMap<>();
        filings.forEach(f -> words.put(f.filingId(), f.words()));
        insert(words);
    }

    /**
     * Replaces the words of changed filings: {@code before} as they were indexed, {@code after} as
     * they are now. Only the words that differ are written.
     */
    public void replace(Collection<Text> before, Collection<Text> after) {
        if (!this.active) {
            return;
        }
        Map<Long, Set<String>> old = new HashMap<>();
        before.forEach(f -> old.put(f.filingId(), f.words()));
        Map<Long, Set<String>> removed = new HashMap<>();
        Map<Long, Set<String>> added = new HashMap<>();
        for (Text now : after) {
            Set<String> was = old.getOrDefault(now.filingId(), Set.of());
            Set<String> is = now.words();
            removed.put(now.filingId(), difference(was, is));
            added.put(now.filingId(), difference(is, was));
        }
        delete(removed);
        insert(added);
    }

    /** Removes the words of filings that are deleted (their texts as indexed). */
    public void remove(Collection<Text> filings) {
        replace(filings, filings.stream().map(f -> new Text(f.filingId(), null, null)).toList());
    }

    /** Replaces whatever words the filing has (found by reading the whole index: for the rare case that its indexed text is unknown). */
    void reindex(Text now) {
        if (this.active) {
            this.jdbc.update("delete from filing_word where mod(entry, ?) = ?", SPAN, now.filingId());
            add(List.of(now));
        }
    }

    /** The current texts of the filings, for {@link #replace} before they are changed with SQL. */
    public List<Text> textsOf(Collection<Long> filingIds) {
        if (!this.active || filingIds.isEmpty()) {
            return List.of();
        }
        return this.jdbc.query("select id, title, abstract_text from patent_filing where id = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", filingIds.toArray())),
                (rs, n) -> new Text(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** Removes the words of the sample filings (before the generator deletes them). */
    public void removeSampleFilings() {
        if (this.active) {
            this.jdbc.update("delete from filing_word where mod(entry, ?) in (select id from patent_filing where sample = true)",
                    SPAN);
        }
    }

    /**
     * The part of a searched text that the index should look up (as a {@code like} pattern on the
     * words), or empty when a scan is better: no part can be looked up, or even the rarest part is
     * in so many filings that fetching them one by one costs more than reading them all.
     */
    Optional<String> lookup(String text) {
        if (!this.active) {
            return Optional.empty();
        }
        List<String> parts = SearchWords.lookups(text);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        long filings = this.jdbc.queryForObject("select count(*) from patent_filing", Long.class);
        long limit = Math.max(ALWAYS_BELOW, filings / MOST_SHARE_DIVISOR);
        String best = null;
        long fewest = limit;
        for (String part : parts) {
            String pattern = "%" + FilingSearchRepositoryImpl.likeLiteral(part) + "%";
            long entries = this.jdbc.queryForObject(ENTRIES_OF, Long.class, pattern, fewest);
            if (entries < fewest) {
                best = pattern;
                fewest = entries;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * At start-up, before the sample loader and the generator: builds the index when there are
     * filings but no entries (the first start after the upgrade that brought it, V32).
     */
    @Override
    public void run(ApplicationArguments args) {
        if (!this.active) {
            return;
        }
        boolean empty = this.jdbc.queryForObject("select count(*) from filing_word", Long.class) == 0;
        long filings = this.jdbc.queryForObject("select count(*) from patent_filing", Long.class);
        if (empty && filings > 0) {
            log.info("Building the title and abstract search index of {} filings (once)", filings);
            long started = System.nanoTime();
            this.transaction.executeWithoutResult(status -> rebuild());
            log.info("Search index built in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Indexes every filing afresh, in the caller's transaction. */
    void rebuild() {
        this.jdbc.update("delete from filing_word");
        this.jdbc.update("delete from search_word");
        long after = 0;
        while (true) {
            List<Text> batch = this.jdbc.query("""
                    select id, title, abstract_text from patent_filing where id > ? order by id
                    fetch first %d rows only""".formatted(BATCH),
                    (rs, n) -> new Text(rs.getLong(1), rs.getString(2), rs.getString(3)), after);
            if (batch.isEmpty()) {
                return;
            }
            add(batch);
            after = batch.get(batch.size() - 1).filingId();
        }
    }

    private void insert(Map<Long, Set<String>> wordsByFiling) {
        Map<String, List<Integer>> ids = wordIds(allOf(wordsByFiling), true);
        // A new entry takes the word's first id.
        this.jdbc.batchUpdate("insert into filing_word (entry) values (?)", entries(wordsByFiling, ids, 1));
    }

    private void delete(Map<Long, Set<String>> wordsByFiling) {
        Map<String, List<Integer>> ids = wordIds(allOf(wordsByFiling), false);
        // Removing covers every id the word has.
        this.jdbc.batchUpdate("delete from filing_word where entry = ?",
                entries(wordsByFiling, ids, Integer.MAX_VALUE));
    }

    private static List<Object[]> entries(Map<Long, Set<String>> wordsByFiling, Map<String, List<Integer>> ids,
            int idsPerWord) {
        List<Object[]> entries = new ArrayList<>();
        wordsByFiling.forEach((filingId, words) -> {
            if (filingId >= SPAN) {
                throw new IllegalStateException("Filing id " + filingId + " is beyond the search index's range");
            }
            for (String word : words) {
                ids.getOrDefault(word, List.of())
                    .stream()
                    .limit(idsPerWord)
                    .forEach(wordId -> entries.add(new Object[] { wordId * SPAN + filingId }));
            }
        });
        return entries;
    }

    private static Set<String> allOf(Map<Long, Set<String>> wordsByFiling) {
        Set<String> all = new HashSet<>();
        wordsByFiling.values().forEach(all::addAll);
        return all;
    }

    /** The ids of the words (lowest first); with {@code create}, words not seen yet are added. */
    private Map<String, List<Integer>> wordIds(Set<String> words, boolean create) {
        if (words.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Integer>> ids = readIds(words);
        if (create && ids.size() < words.size()) {
            List<String> missing = words.stream().filter(word -> !ids.containsKey(word)).toList();
            this.jdbc.batchUpdate("insert into search_word (word) values (?)",
                    missing.stream().map(word -> new Object[] { word }).toList());
            ids.putAll(readIds(missing));
        }
        return ids;
    }

    private Map<String, List<Integer>> readIds(Collection<String> words) {
        Map<String, List<Integer>> ids = new HashMap<>();
        this.jdbc.query("select word, id from search_word where word = any(?) order by id",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", words.toArray())),
                rs -> {
                    ids.computeIfAbsent(rs.getString(1), w -> new ArrayList<>()).add(rs.getInt(2));
                });
        return ids;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new HashSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        }
        catch (MetaDataAccessException ex) {
            throw new IllegalStateException("Cannot tell which database this is", ex);
        }
    }

}
