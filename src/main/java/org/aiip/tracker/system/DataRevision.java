package org.aiip.tracker.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The revision of the public data: a number in the database that moves on after every committed
 * change to what the public pages show. Whatever is cached from those pages is keyed by it, so a
 * change made through any app instance is seen at once by every instance.
 * <p>
 * The number moves on after the commit, in a transaction of its own, so that a long write (an import
 * of a million rows) never holds a lock on it that other writers would wait for. A reader that
 * takes the revision before reading the data therefore never keeps old data under a new revision.
 * <p>
 * Outside a transaction that writes, the number read is used for {@code tracker.data-revision.max-age} (250 ms) and
 * then read again: every page asks for it several times (the page cache, the members and areas of the filters), and
 * on PostgreSQL each read was a round trip to the database. A change committed through this instance moves it on
 * here at once (the number kept is dropped after the commit); a change through another instance is seen within
 * that time. Kept numbers are never newer than the database's, so nothing is kept under a revision it is older than.
 */
@Component
public class DataRevision {

    private static final Object PENDING = DataRevision.class.getName() + ".PENDING";

    private final JdbcTemplate jdbc;

    private final TransactionTemplate separately;

    private final long maxAgeNanos;

    /** Moves on after each change committed here: a number read before it is not kept (nor used) after it. */
    private final AtomicLong moves = new AtomicLong();

    private volatile Known known;

    DataRevision(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${tracker.data-revision.max-age:250ms}") Duration maxAge) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxAgeNanos = maxAge.toNanos();
    }

    /**
     * The current revision: read from the database at most once per {@code tracker.data-revision.max-age}, and at
     * every call inside a transaction that writes (which sees its own uncommitted moves).
     */
    public long current() {
        if (this.maxAgeNanos <= 0 || (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
            return read();
        }
        long now = System.nanoTime();
        long moved = this.moves.get();
        Known k = this.known;
        if (k != null && k.moved() == moved && now - k.readAt() < this.maxAgeNanos) {
            return k.revision();
        }
        long revision = read();
        if (this.moves.get() == moved) {
            this.known = new Known(revision, now, moved);
        }
        return revision;
    }

    private long read() {
        Long revision = this.jdbc.queryForObject("select revision from data_revision where id = 1", Long.class);
        return (revision == null) ? 0 : revision;
    }

    /**
     * Notes that the current transaction changes public data: once it commits, the revision moves
     * on (once per transaction however often this is called). Outside a transaction it moves on now.
     */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            advance();
            forget();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(PENDING)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(PENDING, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

            @Override
            public void afterCommit() {
                DataRevision.this.separately.executeWithoutResult(status -> advance());
                forget();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
            }

        });
    }

    /** Every announced change to the record is a change to what the pages show. */
    @EventListener
    void on(RecordChanged change) {
        changed();
    }

    private void advance() {
        this.jdbc.update("update data_revision set revision = revision + 1 where id = 1");
    }

    /** After a move has committed: the number kept, and any read begun before now, is not used again. */
    private void forget() {
        this.moves.incrementAndGet();
        this.known = null;
    }

    /** A number read at {@code readAt} (nanoTime), valid while {@code moved} is the count of moves. */
    private record Known(long revision, long readAt, long moved) {
    }

}
