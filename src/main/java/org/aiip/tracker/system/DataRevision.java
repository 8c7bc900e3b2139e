package org.aiip.tracker.system;

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
 */
@Component
public class DataRevision {

    private static final Object PENDING = DataRevision.class.getName() + ".PENDING";

    private final JdbcTemplate jdbc;

    private final TransactionTemplate separately;

    DataRevision(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The current revision. */
    public long current() {
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

}
