package org.aiip.tracker.filing;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same three analysers as {@link FilingAnalysis}, for the Elasticsearch or OpenSearch backend
 * (several instances, docs/deploy.md). {@code english} and {@code cjk} are built into the server;
 * {@code nori} needs the server's analysis-nori plugin.
 */
public class FilingElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(FilingAnalysis.ENGLISH).type("english").param("stopwords", "_none_");
        context.analyzer(FilingAnalysis.CJK).type("cjk").param("stopwords", "_none_");
        context.analyzer(FilingAnalysis.KOREAN).type("nori");
    }

}
