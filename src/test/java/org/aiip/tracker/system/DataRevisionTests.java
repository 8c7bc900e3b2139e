package org.aiip.tracker.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revision is read from the database at most once per its maximum age: a change committed through this instance
 * is seen at once, one committed through another instance (here: the row updated directly, as another instance's
 * commit does) once the number read has aged, and a transaction that writes always sees its own.
 */
@SpringBootTest
@ActiveProfiles("test")
class DataRevisionTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aChangeThroughThisInstanceIsSeenAtOnceAndOneThroughAnotherOnlyOnceTheNumberHasAged() {
        DataRevision revision = new DataRevision(this.jdbc, this.transactions, Duration.ofHours(1));
        long first = revision.current();

        anotherInstanceCommitsAChange();
        assertThat(revision.current()).as("kept: another instance's change waits for the maximum age")
            .isEqualTo(first);

        revision.changed(); // outside a transaction: moves on now, and this instance reads it at once
        assertThat(revision.current()).isEqualTo(first + 2);

        new TransactionTemplate(this.transactions).executeWithoutResult(status -> revision.changed());
        assertThat(revision.current()).as("moved on after the commit and seen at once").isEqualTo(first + 3);
    }

    @Test
    void anotherInstancesChangeIsSeenOnceTheMaximumAgeHasPassed() throws InterruptedException {
        DataRevision revision = new DataRevision(this.jdbc, this.transactions, Duration.ofMillis(50));
        long first = revision.current();

        anotherInstanceCommitsAChange();
        Thread.sleep(120);
        assertThat(revision.current()).isEqualTo(first + 1);
    }

    @Test
    void aTransactionThatWritesReadsTheNumberEveryTime() {
        DataRevision revision = new DataRevision(this.jdbc, this.transactions, Duration.ofHours(1));
        long first = revision.current();
        TransactionTemplate writing = new TransactionTemplate(this.transactions);
        Long[] seen = new Long[2];
        writing.executeWithoutResult(status -> {
            seen[0] = revision.current();
            anotherInstanceCommitsAChange(); // joins this transaction: its own uncommitted move
            seen[1] = revision.current();
        });
        assertThat(seen).containsExactly(first, first + 1);

        TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
        readOnly.setReadOnly(true);
        Long inReadOnly = readOnly.execute(status -> revision.current());
        assertThat(inReadOnly).as("a read-only one uses the number kept").isEqualTo(first);
    }

    @Test
    void withoutAMaximumAgeEveryCallReads() {
        DataRevision revision = new DataRevision(this.jdbc, this.transactions, Duration.ZERO);
        long first = revision.current();
        anotherInstanceCommitsAChange();
        assertThat(revision.current()).isEqualTo(first + 1);
    }

    private void anotherInstanceCommitsAChange() {
        this.jdbc.update("update data_revision set revision = revision + 1 where id = 1");
    }

}
