package com.masthead.search;

import com.masthead.system.MastheadProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SearchProperties.class, OpenSearchProperties.class})
class SearchConfiguration {

    /**
     * The index of {@code masthead.search.backend}: by default Lucene files under {@code <masthead.data-dir>/search/}
     * (a cache, may be deleted while stopped); with {@code opensearch} an index in the cluster of {@code
     * masthead.search.opensearch.*}, shared by every instance. Either way the application starts when the engine
     * is down; searches then answer 503 until it is back.
     */
    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(
            SearchProperties search,
            OpenSearchProperties opensearch,
            MastheadProperties properties,
            NewsroomDictionary dictionary,
            Clock clock) {
        return switch (search.backend()) {
            case LUCENE -> LuceneSearchIndex.open(properties.dataDir().resolve("search"), dictionary.terms(), clock);
            case OPENSEARCH ->
                new OpenSearchSearchIndex(OpenSearchClients.create(opensearch), opensearch, dictionary.terms(), clock);
        };
    }
}
