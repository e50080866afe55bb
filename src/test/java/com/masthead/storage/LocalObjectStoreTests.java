package com.masthead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on the data directory, and that it keeps the layout of earlier versions. */
class LocalObjectStoreTests implements StorageContract {

    @TempDir
    Path dataDir;

    @Override
    public ObjectStore store() {
        return new LocalObjectStore(dataDir);
    }

    @Test
    void keysAreThePathsUnderTheDataDirectory() throws IOException {
        Files.createDirectories(dataDir.resolve("media/ab"));
        Files.write(dataDir.resolve("media/ab/old-o.jpg"), new byte[] {7, 7});
        store().put("attachments/new.pdf", new byte[] {1}, "application/pdf");

        assertThat(store().readAllBytes("media/ab/old-o.jpg")).containsExactly(7, 7);
        assertThat(dataDir.resolve("attachments/new.pdf")).hasBinaryContent(new byte[] {1});
    }
}
