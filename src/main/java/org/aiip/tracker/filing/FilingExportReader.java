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
 * chunks of rows while the request's thread writes the rows it has. Each database read takes a connection
 * of the pool for one statement. How many exports run at once is bounded before they get here
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

    /** The export rows of these filings, in the order of the ids. */
    Future<List<FilingExportRow>> read(List<Long> ids) {
        List<Long> copy = List.copyOf(ids);
        return run(() -> this.filings.exportRowsOf(copy));
    }

    /**
     * Runs the read on a reader thread; inside a transaction, at once in it, so that it sees what the
     * transaction itself has written.
     */
    <T> Future<T> run(Callable<T> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                return CompletableFuture.completedFuture(read.call());
            }
            catch (Exception ex) {
                return CompletableFuture.failedFuture(ex);
            }
        }
        return this.readers.submit(read);
    }

    @PreDestroy
    void stop() {
        this.readers.shutdownNow();
    }

}
