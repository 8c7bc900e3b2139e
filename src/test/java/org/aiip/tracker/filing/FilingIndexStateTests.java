package org.aiip.tracker.filing;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a stop records about the search index: that it holds every committed change only when no index work of
 * the instance was cut off or failed. Otherwise filings committed just before the stop (the real record loaded at
 * a first start, an import's rows indexed after its commit) would be missing from every list after the next start.
 */
@SpringBootTest
@ActiveProfiles("test")
class FilingIndexStateTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path root;

    FilingIndexer indexer;

    FilingIndexState state;

    @BeforeEach
    void startedInstance() throws IOException {
        this.indexer = new FilingIndexer(this.em, this.entityManagerFactory, this.transactions);
        this.state = new FilingIndexState(this.jdbc, this.indexer, this.em, this.transactions, "lucene",
                "local-filesystem", this.root.toString());
        // As a start leaves it: the index holds the changes up to a moment, and work may be in flight.
        Properties started = new Properties();
        started.setProperty("format", FilingIndexState.FORMAT);
        started.setProperty("database", "test");
        started.setProperty("watermark", "2020-04-20T00:00:00Z");
        started.setProperty("clean", "false");
        try (Writer out = Files.newBufferedWriter(stateFile())) {
            started.store(out, null);
        }
    }

    @Test
    void aStopAfterIndexWorkFailedLeavesTheStateForTheNextStartToCatchUp() throws IOException {
        assertThatThrownBy(() -> this.indexer.tracked(() -> {
            throw new IllegalStateException("this IndexWriter is closed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(this.indexer.settled()).isFalse();

        this.state.shutDown();

        Properties recorded = recorded();
        assertThat(recorded.getProperty("clean")).isEqualTo("false");
        assertThat(recorded.getProperty("watermark")).isEqualTo("2020-04-20T00:00:00Z");
    }

    @Test
    void aStopAfterIndexWorkFinishedRecordsEveryCommittedChange() throws IOException {
        this.indexer.tracked(() -> { });
        assertThat(this.indexer.settled()).isTrue();

        this.state.shutDown();

        Properties recorded = recorded();
        assertThat(recorded.getProperty("clean")).isEqualTo("true");
        assertThat(recorded.getProperty("watermark")).isEqualTo(this.state.latestChange().toString());
    }

    private Path stateFile() {
        return this.root.resolve("tracker-index-state.properties");
    }

    private Properties recorded() throws IOException {
        Properties recorded = new Properties();
        try (Reader in = Files.newBufferedReader(stateFile())) {
            recorded.load(in);
        }
        return recorded;
    }

}
