package org.aiip.tracker.sample.internal;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * While the generator runs ({@code --tracker.generate.filings=N}, a command that exits when done), the search
 * index commits once a minute instead of every second and buffers 48 MB of documents before it writes a segment:
 * fewer, larger segments and fewer merges. The generator commits the index itself at the end, and a start after an
 * interrupted run indexes the filings changed since the index was last up to date, as after any stop. A value set
 * in the configuration wins; the service keeps Hibernate Search's own settings.
 */
@Component
class GeneratorIndexSettings implements HibernatePropertiesCustomizer {

    static final String COMMIT_INTERVAL = "hibernate.search.backend.io.commit_interval";

    static final String RAM_BUFFER = "hibernate.search.backend.io.writer.ram_buffer_size";

    private final int filings;

    GeneratorIndexSettings(@Value("${tracker.generate.filings:0}") int filings) {
        this.filings = filings;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        if (this.filings <= 0) {
            return;
        }
        hibernateProperties.putIfAbsent(COMMIT_INTERVAL, "60000"); // milliseconds
        hibernateProperties.putIfAbsent(RAM_BUFFER, "48"); // megabytes
    }

}
