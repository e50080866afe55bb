package com.masthead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.support.S3ProxyServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy command: a local store with N files goes into a bucket, a second run copies nothing, and what is not a
 * stored file (the database, the search index) stays behind.
 */
class StorageCopyIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void copiesEveryStoredFileOnceAndLeavesTheRestOfTheDataDirectory() throws IOException {
        ObjectStore local = ObjectStore.inDirectory(dataDir);
        for (int i = 0; i < 12; i++) {
            local.put("media/a" + (i % 3) + "/picture-" + i + "-o.jpg", new byte[] {(byte) i, 1, 2}, "image/jpeg");
        }
        local.put("epaper/b1/page.pdf", new byte[] {'%', 'P', 'D', 'F'}, "application/pdf");
        local.put("attachments/0123abcd.pdf", new byte[] {'%', 'P'}, "application/pdf");
        Files.writeString(dataDir.resolve("masthead.db"), "not a stored file");
        Files.createDirectories(dataDir.resolve("search"));
        Files.writeString(dataDir.resolve("search/segments_1"), "neither");
        ObjectStore bucket = bucket(S3ProxyServer.newBucket());
        List<String> progress = new ArrayList<>();

        StorageCopy.Summary first = StorageCopy.copy(local, bucket, progress::add);
        StorageCopy.Summary second = StorageCopy.copy(local, bucket, progress::add);

        assertThat(first).isEqualTo(new StorageCopy.Summary(14, 0, 0, 12 * 3 + 4 + 2));
        assertThat(second).isEqualTo(new StorageCopy.Summary(0, 14, 0, 0));
        assertThat(bucket.list("")).hasSize(14).doesNotContain("masthead.db", "search/segments_1");
        assertThat(bucket.readAllBytes("media/a1/picture-4-o.jpg")).containsExactly(4, 1, 2);
        assertThat(bucket.stat("epaper/b1/page.pdf")).contains(new ObjectInfo(4, "application/pdf"));
        assertThat(progress).contains("media/: 12 files", "epaper/: 1 files", "attachments/: 1 files");
    }

    @Test
    void countsFilesThatCannotBeCopiedAsFailed() {
        ObjectStore local = ObjectStore.inDirectory(dataDir);
        local.put("media/a0/picture-o.jpg", new byte[] {1}, "image/jpeg");

        StorageCopy.Summary summary =
                StorageCopy.copy(local, bucket("no-such-bucket-" + System.nanoTime()), line -> {});

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.copied()).isZero();
    }

    @Test
    void theCommandFailsStartUpWhenAFileCannotBeCopied() {
        ObjectStore local = ObjectStore.inDirectory(dataDir);
        local.put("media/a0/picture-o.jpg", new byte[] {1}, "image/jpeg");
        StorageCopyCommandLine command = new StorageCopyCommandLine(
                new StorageProperties(null, s3("no-such-bucket-" + System.nanoTime()), null, true),
                new com.masthead.system.MastheadProperties(dataDir, null, false, 0));

        assertThatThrownBy(() -> command.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 files could not be copied");
    }

    static ObjectStore bucket(String name) {
        return S3Stores.open(s3(name));
    }

    static StorageProperties.S3 s3(String bucket) {
        return new StorageProperties.S3(
                S3ProxyServer.endpoint(),
                bucket,
                "us-east-1",
                S3ProxyServer.ACCESS_KEY,
                S3ProxyServer.SECRET_KEY,
                true);
    }
}
