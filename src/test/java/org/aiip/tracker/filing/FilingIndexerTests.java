package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.SearchIndexForTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filings written with SQL (the import, the export rows, a restore) reach the search index after their
 * transaction commits: all that one transaction named, in however many calls, in one pass once it has committed;
 * an inner transaction's own once it has committed, whatever the transaction around it does. Committed
 * transactions, so the test is not transactional; the filings are removed after each test.
 */
@SpringBootTest
@ActiveProfiles("test")
class FilingIndexerTests {

    @Autowired
    FilingIndexer indexer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    TransactionTemplate transaction;

    long first;

    long second;

    @BeforeEach
    void twoIndexedFilings() {
        this.transaction = new TransactionTemplate(this.transactions);
        this.transaction.executeWithoutResult(status -> {
            Fixtures fixtures = new Fixtures(this.em);
            this.first = fixtures.publishedFiling("baidu", "Indexer test one", LocalDate.of(2019, 3, 1)).getId();
            this.second = fixtures.publishedFiling("baidu", "Indexer test two", LocalDate.of(2019, 3, 2)).getId();
        });
        assertThat(outOfStep()).doesNotContain(this.first, this.second);
    }

    @AfterEach
    void removeThem() {
        this.transaction.executeWithoutResult(status -> {
            for (long id : List.of(this.first, this.second)) {
                this.em.remove(this.em.find(PatentFiling.class, id));
            }
            new Fixtures(this.em).recount();
        });
    }

    @Test
    void theFilingsOneTransactionNamesInSeveralCallsAreIndexedTogetherOnceItCommits() {
        this.transaction.executeWithoutResult(status -> {
            renameWithSql(this.first);
            this.indexer.indexAfterCommit(List.of(this.first));
            int registered = TransactionSynchronizationManager.getSynchronizations().size();
            renameWithSql(this.second);
            this.indexer.indexAfterCommit(List.of(this.second));

            assertThat(TransactionSynchronizationManager.getSynchronizations()).hasSize(registered);
            assertThat(outOfStep()).contains(this.first, this.second);
        });

        assertThat(outOfStep()).doesNotContain(this.first, this.second);
    }

    @Test
    void anInnerTransactionsFilingsAreIndexedWhenItCommitsEvenIfTheOneAroundItRollsBack() {
        TransactionTemplate inner = new TransactionTemplate(this.transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction.executeWithoutResult(outer -> {
            renameWithSql(this.first);
            this.indexer.indexAfterCommit(List.of(this.first));
            inner.executeWithoutResult(status -> {
                renameWithSql(this.second);
                this.indexer.indexAfterCommit(List.of(this.second));
            });

            assertThat(outOfStep()).contains(this.first).doesNotContain(this.second);
            outer.setRollbackOnly();
        });

        assertThat(outOfStep()).doesNotContain(this.first, this.second);
        assertThat(this.jdbc.queryForObject("select title from patent_filing where id = ?", String.class,
                this.first)).isEqualTo("Indexer test one");
    }

    /**
     * An import's kind: the commit returns at once, the filings follow in the background, one transaction's after
     * another's in the order they committed, and a rolled-back transaction sends nothing.
     */
    @Test
    void backgroundIndexingLetsTheCommitReturnAndTakesTransactionsInTheOrderTheyCommitted() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        List<String> heard = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> secondDone = new CompletableFuture<>();
        try {
            this.transaction.executeWithoutResult(status -> {
                this.indexer.indexInBackgroundAfterCommit(new Heard("first", heard, new CompletableFuture<>(), hold));
                renameWithSql(this.first);
                this.indexer.indexAfterCommit(List.of(this.first));
            });
            assertThat(heard).as("told on the committing thread").contains("first queued 1");

            this.transaction.executeWithoutResult(status -> {
                renameWithSql(this.second);
                this.indexer.indexAfterCommit(List.of(this.second));
                this.indexer.indexInBackgroundAfterCommit(new Heard("second", heard, secondDone, null));
            });
            assertThat(heard).contains("second queued 1");
            assertThat(outOfStep()).as("the second waits behind the first").contains(this.second);
            assertThat(this.indexer.settled()).as("a stop now must leave the next start to catch up").isFalse();

            this.transaction.executeWithoutResult(status -> {
                this.indexer.indexInBackgroundAfterCommit(
                        new Heard("rolled back", heard, new CompletableFuture<>(), null));
                this.indexer.indexAfterCommit(List.of(this.first));
                status.setRollbackOnly();
            });
        }
        finally {
            hold.countDown();
        }
        secondDone.get(30, TimeUnit.SECONDS);

        assertThat(heard).containsSubsequence("first queued 1", "second queued 1", "first done", "second done");
        assertThat(heard).noneMatch(line -> line.startsWith("rolled back"));
        assertThat(outOfStep()).doesNotContain(this.first, this.second);
    }

    /** A listener that fails (its database away for a moment) neither fails the committed transaction nor the index. */
    @Test
    void aFailingBackgroundListenerStopsNeitherTheCommitNorTheIndex() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        this.transaction.executeWithoutResult(status -> {
            renameWithSql(this.first);
            this.indexer.indexAfterCommit(List.of(this.first));
            this.indexer.indexInBackgroundAfterCommit(new FilingIndexer.BackgroundProgress() {
                @Override
                public void queued(int filings) {
                    throw new IllegalStateException("the database is away");
                }

                @Override
                public void indexed(int filings) {
                    throw new IllegalStateException("the database is away");
                }

                @Override
                public void done() {
                    done.complete(null);
                }

                @Override
                public void failed(RuntimeException ex) {
                    done.completeExceptionally(ex);
                }
            });
        });
        assertThat(this.jdbc.queryForObject("select title from patent_filing where id = ?", String.class, this.first))
            .isEqualTo("Indexer test one renamed");
        done.get(30, TimeUnit.SECONDS);
        assertThat(outOfStep()).doesNotContain(this.first);
    }

    /** What a background listener heard, as lines; {@code hold} keeps the background in its first chunk. */
    private record Heard(String name, List<String> lines, CompletableFuture<Void> finished, CountDownLatch hold)
            implements FilingIndexer.BackgroundProgress {

        @Override
        public void queued(int filings) {
            this.lines.add(this.name + " queued " + filings);
        }

        @Override
        public void indexed(int filings) {
            if (this.hold != null) {
                try {
                    this.hold.await(30, TimeUnit.SECONDS);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void done() {
            this.lines.add(this.name + " done");
            this.finished.complete(null);
        }

        @Override
        public void failed(RuntimeException ex) {
            this.lines.add(this.name + " failed");
            this.finished.completeExceptionally(ex);
        }

    }

    /** A change Hibernate Search does not see: the bulk writers' kind. */
    private void renameWithSql(long id) {
        this.jdbc.update("update patent_filing set title = concat(title, ' renamed'), version = version + 1"
                + " where id = ?", id);
    }

    private java.util.Set<Long> outOfStep() {
        return SearchIndexForTests.outOfStep(this.jdbc, this.entityManagerFactory);
    }

}
