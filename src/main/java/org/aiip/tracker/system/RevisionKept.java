package org.aiip.tracker.system;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read from the database and kept in memory until the {@link DataRevision} moves on: a change
 * committed through any instance moves the revision, and the next reader reads the value again. The
 * revision is read before the value, so a value is never kept under a newer revision than its own. Within a
 * transaction that writes, the value is read from the database and not kept (its own uncommitted changes
 * count). For small, often-read sets such as the members named in every list's filter.
 *
 * @param <T> the value, which must not change once read (an immutable list, a map, a view)
 */
public final class RevisionKept<T> {

    private final DataRevision revision;

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
        if (k == null || k.revision() != current) {
            k = new Kept<>(current, this.reader.get());
            this.kept = k;
        }
        return k.value();
    }

    private record Kept<T>(long revision, T value) {
    }

}
