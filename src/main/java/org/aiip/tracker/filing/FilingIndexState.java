package org.aiip.tracker.filing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the embedded Lucene index in step with the database across restarts, without reading every
 * filing at start-up. Beside the index lies a small state file: which database it was built from, in
 * which format, up to when every change is in it (the latest {@code updated_at} then), and whether the
 * instance stopped in an orderly way. A start indexes again only the filings changed since then (after a
 * crash from a minute earlier, for transactions that were still committing), which the
 * {@code (updated_at, id)} index finds; the file is rewritten at every start and at every orderly
 * shutdown. Only when there is no usable index (first start after the
 * upgrade, another database, a newer format) is the whole index built, in the background, with its
 * progress in the log; {@code --tracker.reindex} does the same as a command.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FilingIndexState implements ApplicationRunner {

    /**
     * Changes when the index's fields change, or when indexes written by an earlier version may be wrong: an index
     * of another format is rebuilt. 5: the bulk paths did not mark sample filings as sample, and a stop could
     * record as complete an index that lacked filings committed just before it. 6: the filing day replaces the
     * filing month (the lists by date count their filings per day). 7: the index stores what a list shows of each
     * filing (the lists read their rows from it, not from the database). 8: it also stores how much of the filing
     * date is known (a list shows a year as a year).
     */
    static final String FORMAT = "8";

    /** How far before the recorded moment the catch-up looks, for transactions that were still committing. */
    static final Duration OVERLAP = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(FilingIndexState.class);

    private final JdbcTemplate jdbc;

    private final FilingIndexer indexer;

    private final EntityManager em;

    private final TransactionTemplate transaction;

    private final Path stateFile;

    FilingIndexState(JdbcTemplate jdbc, FilingIndexer indexer, EntityManager em, PlatformTransactionManager transactions,
            @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directory,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root) {
        this.jdbc = jdbc;
        this.indexer = indexer;
        this.em = em;
        this.transaction = new TransactionTemplate(transactions);
        boolean onDisk = "lucene".equals(backend) && "local-filesystem".equals(directory) && !root.isBlank();
        this.stateFile = onDisk ? Path.of(root, "tracker-index-state.properties") : null;
    }

    /** Whether this instance keeps its own index on disk (the embedded Lucene backend). */
    boolean tracked() {
        return this.stateFile != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!tracked() || args.containsOption("tracker.reindex")) {
            return; // the command builds the index itself
        }
        Instant latest = latestChange();
        Properties state = read();
        String reason = unusable(state, latest);
        if (reason != null) {
            if (!anyFiling()) {
                write(latest, false);
                return;
            }
            if (args.containsOption("tracker.generate.filings")) {
                log.warn("The search index must be built from the database ({}); building it first", reason);
                this.indexer.rebuild(new FilingIndexer.LoggedProgress(log));
                write(latestChange(), false);
                return;
            }
            log.warn("The search index must be built from the database ({}); building it in the background now."
                    + " Lists are incomplete until it is done (or stop and run --tracker.reindex first).", reason);
            Thread builder = new Thread(() -> {
                this.indexer.rebuild(new FilingIndexer.LoggedProgress(log));
                write(latestChange(), false);
            }, "search-index-build");
            builder.setDaemon(true);
            builder.start();
            return;
        }
        Instant recorded = Instant.parse(state.getProperty("watermark"));
        Instant since = Boolean.parseBoolean(state.getProperty("clean")) ? recorded : recorded.minus(OVERLAP);
        List<Long> changed = this.jdbc.queryForList("select id from patent_filing where updated_at > ?", Long.class,
                Timestamp.from(since));
        if (!changed.isEmpty()) {
            log.info("Search index: indexing {} filings changed since {}", changed.size(), since);
            this.indexer.index(changed);
        }
        write(latest, false);
    }

    /**
     * At an orderly shutdown every committed change is in the index, unless index work of this instance was cut
     * off by the stop or failed ({@link FilingIndexer#settled}: a load's filings indexed after its commit, a
     * catch-up, a rebuild): then the state stays as the start wrote it, and the next start indexes again what
     * changed since (or builds the index again if it never was complete).
     */
    @PreDestroy
    void shutDown() {
        if (!tracked()) {
            return;
        }
        if (!this.indexer.settled()) {
            log.warn("Stopping while search index work was unfinished or had failed: the next start indexes again"
                    + " the filings changed since this one started");
            return;
        }
        write(latestChange(), true);
    }

    /** Records that the index now holds every change in the database (after a bulk load that indexed its filings). */
    public void recordUpToDate() {
        if (tracked()) {
            write(latestChange(), true);
        }
    }

    /** Records that the index now holds every change up to {@code latest} (after a full build). */
    void built(Instant latest) {
        if (tracked()) {
            write(latest, true);
        }
    }

    /** Why the index on disk cannot be caught up, or null when it can. */
    private String unusable(Properties state, Instant latest) {
        if (state == null) {
            return "no index state recorded";
        }
        if (!FORMAT.equals(state.getProperty("format"))) {
            return "index format " + state.getProperty("format") + ", now " + FORMAT;
        }
        if (!Objects.equals(databaseId(), state.getProperty("database"))) {
            return "the index was built from another database";
        }
        if (latest != null && Instant.parse(state.getProperty("watermark")).isAfter(latest)) {
            return "the index is newer than the database (restored from a backup?)";
        }
        if (anyFiling() && indexedFilings() == 0) {
            return "the index is empty";
        }
        return null;
    }

    Instant latestChange() {
        Timestamp latest = this.jdbc.queryForObject("select max(updated_at) from patent_filing", Timestamp.class);
        return latest == null ? Instant.EPOCH : latest.toInstant();
    }

    private boolean anyFiling() {
        return !this.jdbc.queryForList("select id from patent_filing fetch first 1 rows only", Long.class).isEmpty();
    }

    private long indexedFilings() {
        Long count = this.transaction.execute(status -> Search.session(this.em)
            .search(PatentFiling.class)
            .where(f -> f.matchAll())
            .fetchTotalHitCount());
        return count == null ? 0 : count;
    }

    /** The database's identity: when its schema was first created (Flyway's first migration). */
    private String databaseId() {
        List<String> installed = this.jdbc.queryForList(
                "select cast(installed_on as varchar(40)) from flyway_schema_history where version = '1'", String.class);
        return installed.isEmpty() ? "unknown" : installed.get(0);
    }

    private Properties read() {
        if (!Files.isRegularFile(this.stateFile)) {
            return null;
        }
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(this.stateFile)) {
            state.load(in);
            return state.getProperty("watermark") == null ? null : state;
        }
        catch (IOException | IllegalArgumentException ex) {
            log.warn("Unreadable search index state {}: {}", this.stateFile, ex.toString());
            return null;
        }
    }

    /** Writes the state; {@code clean}: nothing was in flight (an orderly stop, the end of a bulk load). */
    private synchronized void write(Instant watermark, boolean clean) {
        Properties state = new Properties();
        state.setProperty("format", FORMAT);
        state.setProperty("database", databaseId());
        state.setProperty("watermark", watermark.toString());
        state.setProperty("clean", String.valueOf(clean));
        try {
            Files.createDirectories(this.stateFile.getParent());
            Path next = this.stateFile.resolveSibling(this.stateFile.getFileName() + ".new");
            try (Writer out = Files.newBufferedWriter(next)) {
                state.store(out, "Initiative Tracker: the database changes this search index holds (FilingIndexState)");
            }
            Files.move(next, this.stateFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot record the search index state in " + this.stateFile, ex);
        }
    }

}
