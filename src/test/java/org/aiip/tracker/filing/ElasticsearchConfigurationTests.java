package org.aiip.tracker.filing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration for several instances (the {@code elasticsearch} profile, docs/deploy.md) as far as
 * it can be tested without a server, which cannot run on these machines: the application starts with
 * the Elasticsearch backend (told the server's version, so that it does not ask, and not to create the
 * index), and the index it would create has the three analysers and every field the lists use.
 */
@SpringBootTest(properties = {
        "spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:9",
        "spring.jpa.properties.hibernate.search.backend.version=9.2",
        "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none" })
@ActiveProfiles({ "test", "elasticsearch" })
class ElasticsearchConfigurationTests {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    FilingIndexState indexState;

    @TempDir
    Path schema;

    @Test
    void theElasticsearchProfileStartsTheElasticsearchBackendWithTheFilingIndexAndItsAnalysers() throws Exception {
        SearchMapping mapping = Search.mapping(this.entityManagerFactory);

        assertThat(mapping.backend().unwrap(ElasticsearchBackend.class)).isNotNull();
        assertThat(this.indexState.tracked()).as("no local index to keep in step").isFalse();

        mapping.scope(PatentFiling.class).schemaManager().exportExpectedSchema(this.schema);
        String exported;
        try (Stream<Path> files = Files.walk(this.schema)) {
            exported = String.join("\n", files.filter(Files::isRegularFile).map(ElasticsearchConfigurationTests::read).toList());
        }
        assertThat(exported).contains("\"nori\"").contains("\"cjk\"").contains("\"english\"");
        assertThat(exported).contains("\"title_ko\"").contains("\"title_cjk\"").contains("\"title_en\"")
            .contains("\"abstractText_ko\"").contains("\"applicantId\"").contains("\"published\"").contains("\"ipc\"")
            .contains("\"title_sort\"").contains("\"filingDate\"").contains("\"filingDay\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

}
