package org.aiip.tracker.sample.internal;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search index's bulk settings apply while the generator runs, and only then. */
class GeneratorIndexSettingsTests {

    @Test
    void theGeneratorCommitsTheIndexOnceAMinuteWithALargerBuffer() {
        Map<String, Object> properties = new HashMap<>();
        new GeneratorIndexSettings(1_000_000).customize(properties);
        assertThat(properties).containsEntry(GeneratorIndexSettings.COMMIT_INTERVAL, "60000")
            .containsEntry(GeneratorIndexSettings.RAM_BUFFER, "48");
    }

    @Test
    void theServiceKeepsHibernateSearchsOwnSettings() {
        Map<String, Object> properties = new HashMap<>();
        new GeneratorIndexSettings(0).customize(properties);
        assertThat(properties).isEmpty();
    }

    @Test
    void aValueSetInTheConfigurationWins() {
        Map<String, Object> properties = new HashMap<>(Map.of(GeneratorIndexSettings.COMMIT_INTERVAL, "5000"));
        new GeneratorIndexSettings(1_000_000).customize(properties);
        assertThat(properties).containsEntry(GeneratorIndexSettings.COMMIT_INTERVAL, "5000")
            .containsEntry(GeneratorIndexSettings.RAM_BUFFER, "48");
    }

}
