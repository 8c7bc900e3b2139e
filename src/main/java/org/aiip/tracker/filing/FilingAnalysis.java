package org.aiip.tracker.filing;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the filing index on the embedded Lucene backend: English words with stemming,
 * Chinese and Japanese as overlapping character pairs (CJK bigrams, no dictionary to load), Korean
 * with Lucene's morphological analyser Nori. {@link FilingText} sends each text to the one that fits
 * its script; a search asks all three. The names are the same on Elasticsearch
 * ({@link FilingElasticsearchAnalysis}).
 */
public class FilingAnalysis implements LuceneAnalysisConfigurer {

    static final String ENGLISH = "english";

    static final String CJK = "cjk";

    static final String KOREAN = "korean";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        // No stop words: "method" and "for" are rare enough in a query to be worth matching exactly.
        context.analyzer(ENGLISH).instance(new EnglishAnalyzer(CharArraySet.EMPTY_SET));
        context.analyzer(CJK).instance(new CJKAnalyzer(CharArraySet.EMPTY_SET));
        context.analyzer(KOREAN).instance(new KoreanAnalyzer());
    }

}
