package com.masthead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.S3ProxyServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The storage health: up on a reachable bucket, down (without the secret key in its details) otherwise. */
class StorageHealthIndicatorIntegrationTests {

    @Test
    void isUpOnAnExistingBucketAndDownOnAMissingOne() {
        var up = new StorageHealthIndicator(StorageCopyIntegrationTests.bucket(S3ProxyServer.newBucket())).health(true);
        var down = new StorageHealthIndicator(StorageCopyIntegrationTests.bucket("missing-" + System.nanoTime()))
                .health(true);

        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.toString()).doesNotContain(S3ProxyServer.SECRET_KEY);
    }
}
