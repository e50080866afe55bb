package com.masthead.support;

import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.BlobAccess;

/**
 * One S3-compatible server per test JVM (S3Proxy over jclouds' in-memory blob store, AWS V2/V4 signatures), started
 * on first use on a free port and stopped when the JVM exits. Each caller gets its own new bucket.
 */
public final class S3ProxyServer {

    public static final String ACCESS_KEY = "masthead-test";
    public static final String SECRET_KEY = "masthead-test-secret";

    private static S3Proxy proxy;
    private static BlobStore blobStore;

    private S3ProxyServer() {}

    public static synchronized URI endpoint() {
        if (proxy == null) {
            Properties overrides = new Properties();
            blobStore = ContextBuilder.newBuilder("transient")
                    .credentials("identity", "credential")
                    .overrides(overrides)
                    .build(BlobStoreContext.class)
                    .getBlobStore();
            proxy = S3Proxy.builder()
                    .blobStore(blobStore)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            try {
                proxy.start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start S3Proxy", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(S3ProxyServer::stop));
        }
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A new, empty bucket. */
    public static String newBucket() {
        endpoint();
        String bucket = "masthead-" + UUID.randomUUID().toString().substring(0, 8);
        blobStore.createContainerInLocation(null, bucket);
        return bucket;
    }

    /**
     * Lets anyone read one object without signing, as a bucket policy that grants public reading of a prefix does
     * on a real store (S3Proxy has no bucket policies, only per-object access).
     */
    public static void allowPublicReading(String bucket, String key) {
        blobStore.setBlobAccess(bucket, key, BlobAccess.PUBLIC_READ);
    }

    /** The properties that point an application at a bucket on this server. */
    public static Map<String, Object> storageProperties(String bucket) {
        return Map.of(
                "masthead.storage.type",
                "s3",
                "masthead.storage.s3.endpoint",
                endpoint().toString(),
                "masthead.storage.s3.bucket",
                bucket,
                "masthead.storage.s3.region",
                "us-east-1",
                "masthead.storage.s3.access-key",
                ACCESS_KEY,
                "masthead.storage.s3.secret-key",
                SECRET_KEY,
                "masthead.storage.s3.path-style-access",
                true);
    }

    private static synchronized void stop() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // the JVM is exiting; nothing left to clean up
        }
    }
}
