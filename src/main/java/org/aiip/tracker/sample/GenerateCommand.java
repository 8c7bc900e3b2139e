package org.aiip.tracker.sample;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.aiip.tracker.filing.FilingCounts;
import org.aiip.tracker.filing.FilingWordIndex;

/**
 * {@code java -jar initiative-tracker.jar --tracker.generate.filings=1000000}: replaces the sample
 * filings with N generated ones (real filings are not touched), makes sure the sample compliance
 * data is there, recounts the dashboard figures, prints the rate and exits.
 */
@Component
@Order(10)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    static final int CHUNK = 50_000;

    private final SampleFilingWriter writer;

    private final SampleAssessments assessments;

    private final SampleAgreements agreements;

    private final FilingCounts counts;

    private final FilingWordIndex words;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transaction;

    private final ConfigurableApplicationContext context;

    private final int filings;

    private final boolean exit;

    GenerateCommand(SampleFilingWriter writer, SampleAssessments assessments, SampleAgreements agreements,
            FilingCounts counts, FilingWordIndex words, JdbcTemplate jdbc, TransactionTemplate transaction,
            ConfigurableApplicationContext context, @Value("${tracker.generate.filings:0}") int filings,
            @Value("${tracker.generate.exit:true}") boolean exit) {
        this.writer = writer;
        this.assessments = assessments;
        this.agreements = agreements;
        this.counts = counts;
        this.words = words;
        this.jdbc = jdbc;
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
            this.words.removeSampleFilings();
            this.jdbc.update("delete from filing_ipc where filing_id in (select id from patent_filing where sample = true)");
            this.jdbc.update(
                    "delete from filing_co_applicant where filing_id in (select id from patent_filing where sample = true)");
            this.jdbc.update("delete from patent_filing where sample = true");
            this.assessments.load(SampleFilingGenerator.DEFAULT_SEED);
            this.agreements.load();
            this.counts.rebuild();
        });
        List<SampleFiling> chunk = new ArrayList<>(CHUNK);
        int[] written = { 0 };
        new SampleFilingGenerator(SampleFilingGenerator.DEFAULT_SEED).generate(count, filing -> {
            chunk.add(filing);
            if (chunk.size() == CHUNK) {
                written[0] += writeChunk(chunk);
                log.info("{} of {} filings written", written[0], count);
            }
        });
        writeChunk(chunk);
        this.transaction.executeWithoutResult(status -> this.counts.rebuild());
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("Generated {} sample filings in {} s ({} filings/s)", count, String.format("%.1f", seconds),
                Math.round(count / seconds));
        return seconds;
    }

    private int writeChunk(List<SampleFiling> chunk) {
        Integer written = this.transaction.execute(status -> this.writer.writeAll(chunk));
        chunk.clear();
        return written == null ? 0 : written;
    }

}
