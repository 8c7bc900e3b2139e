package org.aiip.tracker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.filing.PatentFiling;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The search engine in tests. Every test context gets its own index in memory, as it gets its own
 * database, and a search inside a test's transaction first hands that transaction's changes to the
 * index (the transaction rolls back, so Hibernate Search's indexing at commit never happens). After
 * the rollback, {@link AfterRollback} brings the index back in step with the database. Registered in
 * {@code META-INF/spring.factories} of the test classpath; a test may set other values itself.
 */
public class SearchIndexForTests implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources()
            .addLast(new MapPropertySource("searchIndexForTests",
                    Map.of("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap",
                            "tracker.search.index-uncommitted-changes", "true")));
    }

    /** The filings that the index has in another version than the database, or that only one of them has. */
    public static Set<Long> outOfStep(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        Map<Long, Long> inDatabase = new HashMap<>();
        jdbc.query("select id, version from patent_filing", rs -> {
            inDatabase.put(rs.getLong(1), rs.getLong(2));
        });
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        Set<Long> stale = new HashSet<>();
        try (var session = mapping.toOrmSessionFactory().openSession()) {
            List<List<?>> indexed = Search.session(session)
                .search(PatentFiling.class)
                .select(f -> f.composite(f.id(Long.class), f.field("version", Long.class)))
                .where(f -> f.matchAll())
                .fetchAllHits();
            Map<Long, Long> inIndex = new HashMap<>();
            indexed.forEach(hit -> inIndex.put((Long) hit.get(0), (Long) hit.get(1)));
            inIndex.forEach((id, version) -> {
                if (!version.equals(inDatabase.get(id))) {
                    stale.add(id);
                }
            });
            inDatabase.forEach((id, version) -> {
                if (!inIndex.containsKey(id)) {
                    stale.add(id);
                }
            });
        }
        return stale;
    }

    /**
     * After each test method, once its transaction has rolled back (this listener's order is below
     * that of the transactional listener, whose "after" runs first): filings the index has in another
     * version than the database, or that the database no longer has, are indexed again from the
     * database.
     */
    public static class AfterRollback implements TestExecutionListener, Ordered {

        @Override
        public int getOrder() {
            return 3900;
        }

        @Override
        public void afterTestMethod(TestContext testContext) {
            if (!testContext.hasApplicationContext()) {
                return;
            }
            ApplicationContext context = testContext.getApplicationContext();
            if (context.getBeanNamesForType(FilingIndexer.class).length == 0
                    || context.getBeanNamesForType(EntityManagerFactory.class).length == 0
                    || !"lucene".equals(context.getEnvironment()
                        .getProperty("spring.jpa.properties.hibernate.search.backend.type", "lucene"))) {
                return; // no search index, or one on a server (ElasticsearchConfigurationTests: none runs here)
            }
            Set<Long> stale = outOfStep(context.getBean(JdbcTemplate.class),
                    context.getBean(EntityManagerFactory.class));
            if (!stale.isEmpty()) {
                context.getBean(FilingIndexer.class).index(stale);
            }
        }

    }

}
