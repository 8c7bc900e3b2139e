package org.aiip.tracker.sample.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.aiip.tracker.filing.FilingBulkWriter;
import org.aiip.tracker.filing.FilingCounts;
import org.aiip.tracker.sample.SampleFilingGenerator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the synthetic sample on start-up when {@code tracker.sample-data.enabled=true} and no
 * sample filing exists yet: filings, compliance assessments with evidence and two agreements, all
 * marked {@code sample}, in one transaction so that a failed load leaves nothing behind.
 */
@Component
@ConditionalOnProperty(name = "tracker.sample-data.enabled", havingValue = "true")
class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final SampleFilingWriter filings;

    private final SampleAssessments assessments;

    private final SampleAgreements agreements;

    private final SampleBannerAdvice banner;

    private final FilingBulkWriter filingWriter;

    private final TransactionTemplate transaction;

    private final int filingCount;

    private final FilingCounts counts;

    SampleDataLoader(SampleFilingWriter filings, SampleAssessments assessments, SampleAgreements agreements,
            SampleBannerAdvice banner, FilingBulkWriter filingWriter, TransactionTemplate transaction,
            @Value("${tracker.sample-data.filings:2400}") int filingCount, FilingCounts counts) {
        this.counts = counts;
        this.filings = filings;
        this.assessments = assessments;
        this.agreements = agreements;
        this.banner = banner;
        this.filingWriter = filingWriter;
        this.transaction = transaction;
        this.filingCount = filingCount;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("tracker.generate.filings")) {
            return; // the generator replaces the sample with its own filings
        }
        load();
    }

    /** Loads the sample unless it is there already; returns whether it loaded anything. */
    boolean load() {
        long start = System.nanoTime();
        Counts counts = this.transaction.execute(status -> {
            if (this.filingWriter.hasSample()) {
                return null;
            }
            int f = this.filings.write(new SampleFilingGenerator(SampleFilingGenerator.DEFAULT_SEED), this.filingCount);
            this.counts.rebuild();
            return new Counts(f, this.assessments.load(SampleFilingGenerator.DEFAULT_SEED), this.agreements.load());
        });
        if (counts == null) {
            log.info("Sample data already present; nothing loaded");
            return false;
        }
        this.banner.refresh();
        log.info("Loaded sample data: {} filings, {} compliance assessments, {} agreements in {} ms", counts.filings(),
                counts.assessments(), counts.agreements(), (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    private record Counts(int filings, int assessments, int agreements) {
    }

}
