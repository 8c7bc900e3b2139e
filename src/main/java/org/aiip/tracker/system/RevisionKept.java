package org.aiip.tracker.system;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read from the database and kept in memory until the {@link DataRevision} moves on: a change
 * committed through any instance moves the revision, and the next reader reads the value again. The
 * revision is read before the value, so a value is never kept under a newer revision than its own. Within a
 * transaction that writes, the value is read from the database and not kept (its own uncommitted changes
 * count). For small, often-read sets such as the members named in every list's filter.
 * <p>
 * Once the revision moves, one reader reads the value again while the others that need it wait for that read
 * (up to {@value #WAIT_SECONDS} seconds, then they read it themselves): the visitors who arrive together after a
 * change do not all run the same query at once (sixteen copies of a count over a million filings made each of them
 * slower than its time limit).
 *
 * @param <T> the value, which must not change once read (an immutable list, a map, a view)
 */
public final class RevisionKept<T> {

    /**
     * How long a reader waits for another's read of the same value before reading it itself. Bounded, so that a
     * reader that holds a database connection while it waits can never keep the one reading from getting one.
     */
    static final long WAIT_SECONDS = 10;

    private final DataRevision revision;

    private final ReentrantLock reading = new ReentrantLock();

    private final Supplier<T> reader;

    private volatile Kept<T> kept;

    public RevisionKept(DataRevision revision, Supplier<T> reader) {
        this.revision = revision;
        this.reader = reader;
    }

    /** The value of the current revision. */
    public T get() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return this.reader.get();
        }
        long current = this.revision.current();
        Kept<T> k = this.kept;
        if (k != null && k.revision() == current) {
            return k.value();
        }
        boolean locked = lock();
        try {
            k = this.kept;
            if (k == null || k.revision() != current) {
                k = new Kept<>(current, this.reader.get());
                this.kept = k;
            }
            return k.value();
        }
        finally {
            if (locked) {
                this.reading.unlock();
            }
        }
    }

    /** Waits for another reader's read under way; false when the wait ran out (or was interrupted). */
    private boolean lock() {
        try {
            return this.reading.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Kept<T>(long revision, T value) {
    }

}
