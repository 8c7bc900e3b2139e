package org.aiip.tracker.filing;

import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar initiative-tracker.jar --tracker.reindex}: builds the search index afresh from the
 * database, the source of truth, with a progress bar on the terminal, records it as up to date and
 * exits. For a lost or damaged index, or after restoring the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReindexCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

    private final FilingIndexer indexer;

    private final FilingIndexState state;

    private final ConfigurableApplicationContext context;

    private final boolean exit;

    ReindexCommand(FilingIndexer indexer, FilingIndexState state, ConfigurableApplicationContext context,
            @Value("${tracker.reindex.exit:true}") boolean exit) {
        this.indexer = indexer;
        this.state = state;
        this.context = context;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("tracker.reindex")) {
            return;
        }
        reindex(System.out);
        if (this.exit) {
            System.exit(SpringApplication.exit(this.context, () -> 0));
        }
    }

    /** Rebuilds the index, drawing the progress on {@code out}; returns the filings indexed. */
    long reindex(PrintStream out) {
        long started = System.nanoTime();
        var latest = this.state.latestChange();
        ProgressBar bar = new ProgressBar(out);
        this.indexer.rebuild(bar);
        this.state.built(latest);
        out.println();
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Search index rebuilt: {} filings in {} s ({} a second)", bar.added(), String.format("%.1f", seconds),
                Math.round(bar.added() / seconds));
        return bar.added();
    }

    /** [##########          ]  50% (500,000 of 1,000,000 filings, 12,345 a second), redrawn in place. */
    private static final class ProgressBar extends FilingIndexer.LoggedProgress {

        private static final int WIDTH = 30;

        private final PrintStream out;

        private volatile long added;

        ProgressBar(PrintStream out) {
            super(log);
            this.out = out;
        }

        @Override
        public void documentsAdded(long increment) {
            super.documentsAdded(increment);
            long now = System.nanoTime();
            synchronized (this) {
                this.added += increment;
                if (now - this.drawn > 200_000_000L) {
                    this.drawn = now;
                    draw(this.added, now);
                }
            }
        }

        private long drawn;

        @Override
        protected void report(long added, long now) {
            draw(added, now);
        }

        private void draw(long added, long now) {
            long all = Math.max(total(), added);
            int filled = all == 0 ? WIDTH : (int) (added * WIDTH / all);
            this.out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + line(added, now));
            this.out.flush();
        }

        long added() {
            return this.added;
        }

    }

}
