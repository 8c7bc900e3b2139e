package org.aiip.tracker.sample.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.aiip.tracker.filing.FilingBulkWriter;
import org.aiip.tracker.filing.FilingCounts;
import org.aiip.tracker.filing.FilingIndexState;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.filing.WrittenFiling;
import org.aiip.tracker.sample.SampleFiling;
import org.aiip.tracker.sample.SampleFilingGenerator;

/**
 * {@code java -jar initiative-tracker.jar --tracker.generate.filings=1000000}: replaces the sample
 * filings with N generated ones (real filings are not touched), makes sure the sample compliance
 * data is there, recounts the dashboard figures, prints the rate and exits.
 */
@Component
@Order(10)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    static final int CHUNK = 10_000;

    private final SampleFilingWriter writer;

    private final SampleAssessments assessments;

    private final SampleAgreements agreements;

    private final FilingCounts counts;

    private final FilingIndexer index;

    private final FilingIndexState indexState;

    private final FilingBulkWriter filingWriter;

    private final TransactionTemplate transaction;

    private final ConfigurableApplicationContext context;

    private final int filings;

    private final boolean exit;

    GenerateCommand(SampleFilingWriter writer, SampleAssessments assessments, SampleAgreements agreements,
            FilingCounts counts, FilingIndexer index, FilingIndexState indexState, FilingBulkWriter filingWriter,
            TransactionTemplate transaction, ConfigurableApplicationContext context,
            @Value("${tracker.generate.filings:0}") int filings, @Value("${tracker.generate.exit:true}") boolean exit) {
        this.writer = writer;
        this.assessments = assessments;
        this.agreements = agreements;
        this.counts = counts;
        this.index = index;
        this.indexState = indexState;
        this.filingWriter = filingWriter;
        this.transaction = transaction;
        this.context = context;
        this.filings = filings;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (this.filings <= 0) {
            return;
        }
        generate(this.filings);
        if (this.exit) {
            System.exit(SpringApplication.exit(this.context, () -> 0));
        }
    }

    /**
     * Replaces the sample filings with {@code count} generated ones, committing every
     * {@value #CHUNK} filings (one huge transaction makes an embedded database balloon); returns the
     * seconds it took. An interrupted run leaves part of the sample: run it again to replace it.
     */
    double generate(int count) {
        long start = System.nanoTime();
        this.transaction.executeWithoutResult(status -> {
            this.index.indexAfterCommit(this.filingWriter.deleteSample());
            this.assessments.load(SampleFilingGenerator.DEFAULT_SEED);
            this.agreements.load();
            this.counts.rebuild();
            this.counts.recountAtNextStart(); // the filings are committed in parts below, the recount at the end
        });
        // The search index takes each chunk on a thread of its own while the next chunk is written.
        ExecutorService indexing = Executors.newSingleThreadExecutor(r -> new Thread(r, "generator-index"));
        try {
            List<SampleFiling> chunk = new ArrayList<>(CHUNK);
            int[] written = { 0 };
            List<Future<?>> pending = new ArrayList<>();
            new SampleFilingGenerator(SampleFilingGenerator.DEFAULT_SEED).generate(count, filing -> {
                chunk.add(filing);
                if (chunk.size() == CHUNK) {
                    written[0] += writeChunk(chunk, indexing, pending);
                    if (written[0] % 100_000 == 0) {
                        log.info("{} of {} filings written", written[0], count);
                    }
                }
            });
            writeChunk(chunk, indexing, pending);
            waitFor(pending, 0);
            this.index.flush();
        }
        finally {
            indexing.shutdownNow();
        }
        this.transaction.executeWithoutResult(status -> this.counts.rebuild());
        this.filingWriter.analyse();
        this.indexState.recordUpToDate();
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("Generated {} sample filings in {} s ({} filings/s)", count, String.format("%.1f", seconds),
                Math.round(count / seconds));
        return seconds;
    }

    /** Writes and commits a chunk, then hands it to the index thread once the one before is indexed. */
    private int writeChunk(List<SampleFiling> chunk, ExecutorService indexing, List<Future<?>> pending) {
        List<WrittenFiling> written = this.transaction.execute(status -> this.writer.writeAll(chunk));
        chunk.clear();
        if (written == null || written.isEmpty()) {
            return 0;
        }
        waitFor(pending, 1);
        pending.add(indexing.submit(() -> this.index.indexWritten(written)));
        return written.size();
    }

    /** Waits until at most {@code left} of the submitted index chunks are still running. */
    private static void waitFor(List<Future<?>> pending, int left) {
        while (pending.size() > left) {
            try {
                pending.remove(0).get();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while indexing generated filings", ex);
            }
            catch (ExecutionException ex) {
                throw new IllegalStateException("Indexing generated filings failed", ex.getCause());
            }
        }
    }

}
