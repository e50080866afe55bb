package com.masthead.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenSearch cluster of {@code masthead.search.backend=opensearch} ({@code masthead.search.opensearch.*}).
 *
 * @param urls the nodes to talk to, {@code http://} or {@code https://} (default {@code http://localhost:9200})
 * @param username basic-auth user, or null for none
 * @param password basic-auth password
 * @param trustCa a PEM file of the certificate authority that signed the cluster's certificate, or null to trust
 *     the JVM's default authorities
 * @param connectTimeout how long to wait for a connection (default 2 s)
 * @param readTimeout how long to wait for an answer (default 10 s); a rebuild's bulk requests get six times this
 * @param indexPrefix the alias is {@code <prefix>-articles}, each generation {@code <prefix>-articles-<time>}
 *     (default {@code masthead}); several sites can share a cluster with different prefixes
 * @param shards primary shards of a new index (default 1: a newspaper's archive fits one shard)
 * @param replicas replicas of a new index (default 0; 1 on a cluster of several nodes)
 */
@ConfigurationProperties("masthead.search.opensearch")
record OpenSearchProperties(
        List<URI> urls,
        String username,
        String password,
        Path trustCa,
        Duration connectTimeout,
        Duration readTimeout,
        String indexPrefix,
        Integer shards,
        Integer replicas) {

    OpenSearchProperties {
        urls = urls == null || urls.isEmpty() ? List.of(URI.create("http://localhost:9200")) : List.copyOf(urls);
        username = username == null || username.isBlank() ? null : username;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        indexPrefix = indexPrefix == null || indexPrefix.isBlank() ? "masthead" : indexPrefix;
        shards = shards == null ? 1 : shards;
        replicas = replicas == null ? 0 : replicas;
    }

    String alias() {
        return indexPrefix + "-articles";
    }
}
