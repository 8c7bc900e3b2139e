package org.aiip.tracker.filing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the export's rows from the database on threads of its own, so that the database reads the next
 * chunk while the request's thread asks the engine for ids and writes the rows it has. Each read takes a
 * connection of the pool for one statement. How many exports run at once is bounded before they get
 * here ({@code DownloadLimiter}); threads idle for a minute end.
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

    /**
     * The export rows of these filings, in the order of the ids, read on a reader thread; inside a
     * transaction, read at once in it, so that they include what the transaction itself has written.
     */
    Future<List<FilingExportRow>> read(List<Long> ids) {
        List<Long> copy = List.copyOf(ids);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return CompletableFuture.completedFuture(this.filings.exportRowsOf(copy));
        }
        return this.readers.submit(() -> this.filings.exportRowsOf(copy));
    }

    @PreDestroy
    void stop() {
        this.readers.shutdownNow();
    }

}
