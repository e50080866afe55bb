package com.masthead.search;

import com.masthead.system.MastheadProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    /** The index lives under {@code <masthead.data-dir>/search/}; it is a cache and may be deleted while stopped. */
    @Bean(destroyMethod = "close")
    LuceneSearchIndex searchIndex(MastheadProperties properties, NewsroomDictionary dictionary, Clock clock) {
        return LuceneSearchIndex.open(properties.dataDir().resolve("search"), dictionary.terms(), clock);
    }
}
