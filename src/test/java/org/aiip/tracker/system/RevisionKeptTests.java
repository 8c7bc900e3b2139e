package org.aiip.tracker.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value kept per data revision is read once while the revision stands, again once it moves (as after any
 * committed change), and always afresh inside a transaction that writes.
 */
@SpringBootTest
@ActiveProfiles("test")
class RevisionKeptTests {

    @Autowired
    DataRevision revision;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void readOncePerRevisionAndAfreshWhileWriting() {
        AtomicInteger reads = new AtomicInteger();
        RevisionKept<Integer> kept = new RevisionKept<>(this.revision, reads::incrementAndGet);

        assertThat(kept.get()).isEqualTo(1);
        assertThat(kept.get()).as("same revision: kept").isEqualTo(1);

        this.revision.changed(); // outside a transaction: moves on now
        assertThat(kept.get()).as("the revision moved: read again").isEqualTo(2);
        assertThat(kept.get()).isEqualTo(2);

        Integer[] inside = new Integer[2];
        new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
            inside[0] = kept.get();
            inside[1] = kept.get();
        });
        assertThat(inside).as("a writing transaction reads every time").containsExactly(3, 4);

        TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
        readOnly.setReadOnly(true);
        Integer keptInReadOnly = readOnly.execute(status -> kept.get());
        assertThat(keptInReadOnly).as("a read-only one uses what is kept").isEqualTo(2);
    }

    /** Visitors who arrive together after a change wait for one read instead of each running the query. */
    @Test
    void readersWhoArriveTogetherAfterAChangeShareOneRead() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        RevisionKept<Integer> kept = new RevisionKept<>(this.revision, () -> {
            sleep(300);
            return reads.incrementAndGet();
        });
        kept.get();
        this.revision.changed();

        ExecutorService visitors = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> seen = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                seen.add(visitors.submit(() -> {
                    start.await();
                    return kept.get();
                }));
            }
            start.countDown();
            for (Future<Integer> value : seen) {
                assertThat(value.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            }
        }
        finally {
            visitors.shutdownNow();
        }
        assertThat(reads).as("one read for the new revision, after the first").hasValue(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
