package org.aiip.tracker.filing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances count a new kind of filing at the same moment, in two real transactions on two
 * threads: both insert the same filing_count row; the second meets the first one's row (waiting for
 * it to commit, or failing at once), adds to it under a savepoint, and its transaction goes on (on
 * PostgreSQL too, where a failed statement would otherwise abort the transaction). Committed rows
 * of a year no filing has, removed afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class FilingCountsRaceTests {

    private static final int YEAR = 1899;

    @Autowired
    FilingCounts counts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void removeTheRow() {
        this.jdbc.update("delete from filing_count where filing_year = ?", YEAR);
    }

    @Test
    void twoTransactionsInsertingTheSameCountBothCount() throws Exception {
        long baidu = this.jdbc.queryForObject("select id from member_company where slug = 'baidu'", Long.class);
        long area = this.jdbc.queryForObject("select id from technology_area where code = 'DEEP_LEARNING'", Long.class);
        Object[] key = { 1, baidu, YEAR, "CN", "FILED", area, false, false };
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean secondDone = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<Thread> secondThread = new java.util.concurrent.atomic.AtomicReference<>();

        // Two threads of their own (the common pool may have only one on a 2-core machine).
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.transaction.executeWithoutResult(status -> {
            this.counts.insertOrAdd(key.clone());
            firstInserted.countDown();
            // Hold the uncommitted row until the second transaction waits for it (or got past it).
            arrive(secondStarted);
            await().atMost(Duration.ofSeconds(10)).until(() -> secondDone.get() || waitsForALock(secondThread.get()));
        }), threads);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            arrive(firstInserted);
            secondThread.set(Thread.currentThread());
            this.transaction.executeWithoutResult(status -> {
                if (!org.aiip.tracker.PostgresTestDatabase.active()) {
                    // H2 waits one second for a lock by default; a loaded machine may take longer to commit.
                    this.jdbc.execute("set lock_timeout 20000");
                }
                secondStarted.countDown();
                this.counts.insertOrAdd(key.clone());
                // The transaction goes on after the raced insert.
                this.jdbc.queryForObject("select count(*) from filing_count", Long.class);
            });
            secondDone.set(true);
        }, threads);

        try {
            CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(this.jdbc.queryForObject("select filings from filing_count where filing_year = ?", Long.class, YEAR))
            .as("both transactions counted").isEqualTo(2);
    }

    /** A session (the second transaction) waits for a lock: PostgreSQL's and H2's own session tables. */
    private boolean waitsForALock(Thread second) {
        String sql = org.aiip.tracker.PostgresTestDatabase.active()
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null"
                        + " or lower(executing_statement) like 'insert into filing_count%'";
        return this.jdbc.queryForObject(sql, Long.class) > 0;
    }

    private static void arrive(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other transaction got there").isTrue();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
