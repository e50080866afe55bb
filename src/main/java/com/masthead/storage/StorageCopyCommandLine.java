package com.masthead.storage;

import com.masthead.system.MastheadProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --masthead.storage.copy-to-s3=true} copies the local store ({@code <data-dir>/media}, {@code epaper},
 * {@code attachments}) into the bucket of {@code masthead.storage.s3.*} on start, in the starting thread, logging
 * progress lines and a summary. When any file fails, start-up fails (the process exits with a non-zero status);
 * otherwise the application runs on. Safe to repeat: what the bucket holds already is skipped.
 */
@Component
class StorageCopyCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StorageCopyCommandLine.class);

    private final StorageProperties storage;
    private final MastheadProperties masthead;

    StorageCopyCommandLine(StorageProperties storage, MastheadProperties masthead) {
        this.storage = storage;
        this.masthead = masthead;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!storage.copyToS3()) {
            return;
        }
        ObjectStore source = new LocalObjectStore(masthead.dataDir());
        ObjectStore target = S3Stores.open(storage.s3());
        log.warn("copying the {} into the {}", source.describe(), target.describe());
        StorageCopy.Summary summary = StorageCopy.copy(source, target, line -> log.warn("storage copy: {}", line));
        log.warn(
                "storage copy finished: {} copied ({} bytes), {} already there, {} failed",
                summary.copied(),
                summary.bytes(),
                summary.skipped(),
                summary.failed());
        if (summary.failed() > 0) {
            throw new IllegalStateException("storage copy: " + summary.failed() + " files could not be copied");
        }
    }
}
