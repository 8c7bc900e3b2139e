package org.aiip.tracker.filing;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads for the export on threads of its own: the engine finds the next ids and the database reads the next
 * chunks of rows while the request's thread writes the rows it has. The database reads of one export run one
 * after another ({@link Rows}), so that an export holds at most one connection of the pool at a time, as it
 * did when it read on the request's thread. How many exports run at once is bounded before they get here
 * ({@code DownloadLimiter}); threads idle for a minute end.
 */
@Component
class FilingExportReader {

    private final FilingRepository filings;

    private final ExecutorService readers;

    FilingExportReader(FilingRepository filings) {
        this.filings = filings;
        AtomicInteger number = new AtomicInteger();
        this.readers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "export-reader-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The database reads of one export, in the order they are asked for. */
    Rows rows() {
        return new Rows();
    }

    /**
     * Runs the read on a reader thread; inside a transaction, at once in it, so that it sees what the
     * transaction itself has written.
     */
    <T> Future<T> run(Callable<T> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return now(read);
        }
        return this.readers.submit(read);
    }

    private static <T> CompletableFuture<T> now(Callable<T> read) {
        try {
            return CompletableFuture.completedFuture(read.call());
        }
        catch (Exception ex) {
            return CompletableFuture.failedFuture(ex);
        }
    }

    @PreDestroy
    void stop() {
        this.readers.shutdownNow();
    }

    /** One export's reads of rows: each starts when the one before it has ended. */
    final class Rows {

        private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

        private Rows() {
        }

        /** The export rows of these filings, in the order of the ids, read after the reads asked for before. */
        Future<List<FilingExportRow>> read(List<Long> ids) {
            List<Long> copy = List.copyOf(ids);
            FilingRepository filings = FilingExportReader.this.filings;
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return now(() -> filings.exportRowsOf(copy));
            }
            CompletableFuture<List<FilingExportRow>> next = this.last.handle((result, failure) -> null)
                .thenApplyAsync(ignored -> filings.exportRowsOf(copy), FilingExportReader.this.readers);
            this.last = next;
            return next;
        }

    }

}
