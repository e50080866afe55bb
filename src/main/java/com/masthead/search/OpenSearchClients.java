package com.masthead.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Builds the OpenSearch client from {@link OpenSearchProperties}: the nodes, basic authentication, trust in the
 * cluster's certificate authority, and timeouts. The client is thread-safe and shared.
 */
final class OpenSearchClients {

    private static final int MAX_CONNECTIONS = 32;

    private OpenSearchClients() {}

    static OpenSearchClient create(OpenSearchProperties properties) {
        HttpHost[] hosts = properties.urls().stream()
                .map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort()))
                .toArray(HttpHost[]::new);
        SSLContext ssl = properties.trustCa() == null ? null : trusting(properties);
        Timeout connect = Timeout.of(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        Timeout read = Timeout.of(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(
                        config -> config.setConnectionRequestTimeout(connect).setResponseTimeout(read))
                .setHttpClientConfigCallback(client -> {
                    var connections = PoolingAsyncClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(MAX_CONNECTIONS)
                            .setMaxConnPerRoute(MAX_CONNECTIONS)
                            .setDefaultConnectionConfig(ConnectionConfig.custom()
                                    .setConnectTimeout(connect)
                                    .setSocketTimeout(read)
                                    .build());
                    if (ssl != null) {
                        connections.setTlsStrategy(ClientTlsStrategyBuilder.create()
                                .setSslContext(ssl)
                                .buildAsync());
                    }
                    client.setConnectionManager(connections.build());
                    if (properties.username() != null) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        for (HttpHost host : hosts) {
                            credentials.setCredentials(
                                    new AuthScope(host),
                                    new UsernamePasswordCredentials(
                                            properties.username(),
                                            properties.password() == null
                                                    ? new char[0]
                                                    : properties.password().toCharArray()));
                        }
                        client.setDefaultCredentialsProvider(credentials);
                    }
                    return client;
                })
                .build();
        return new OpenSearchClient(transport);
    }

    /** An SSL context that trusts exactly the certificate authorities in the PEM file {@code trustCa}. */
    private static SSLContext trusting(OpenSearchProperties properties) {
        try (InputStream in = Files.newInputStream(properties.trustCa())) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read masthead.search.opensearch.trust-ca " + properties.trustCa(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "masthead.search.opensearch.trust-ca " + properties.trustCa() + " holds no usable certificate", e);
        }
    }
}
