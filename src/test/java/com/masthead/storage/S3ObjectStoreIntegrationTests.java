package com.masthead.storage;

import com.masthead.support.S3ProxyServer;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on a bucket of an S3-compatible server (S3Proxy in this JVM) through the AWS SDK. */
class S3ObjectStoreIntegrationTests implements StorageContract {

    private static ObjectStore store;

    @BeforeAll
    static void openBucket() {
        URI endpoint = S3ProxyServer.endpoint();
        store = S3Stores.open(new StorageProperties.S3(
                endpoint,
                S3ProxyServer.newBucket(),
                "us-east-1",
                S3ProxyServer.ACCESS_KEY,
                S3ProxyServer.SECRET_KEY,
                true));
    }

    @Override
    public ObjectStore store() {
        return store;
    }
}
