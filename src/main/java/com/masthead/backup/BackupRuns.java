package com.masthead.backup;

import com.masthead.storage.ObjectStore;
import com.masthead.storage.StorageProperties;
import com.masthead.system.MastheadProperties;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Backups made by the running application (scheduled, or "back up now" on the staff page) of its own SQLite
 * database and local files, into {@link BackupProperties#directoryFor}, keeping the newest {@code keep}. One run at a
 * time per instance, and across instances under the ShedLock lock {@code backup} (an instance that finds it taken
 * reports so). The state of the latest run is kept for the staff page's progress bar. Thread-safe.
 */
@Service
public class BackupRuns implements DisposableBean {

    static final String LOCK = "backup";
    private static final Logger log = LoggerFactory.getLogger(BackupRuns.class);

    private final BackupProperties properties;
    private final MastheadProperties masthead;
    private final StorageProperties storage;
    private final ObjectStore store;
    private final DataSource dataSource;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<BackupStatus> status = new AtomicReference<>(BackupStatus.idle());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "backup");
        thread.setDaemon(true);
        return thread;
    });

    BackupRuns(
            BackupProperties properties,
            MastheadProperties masthead,
            StorageProperties storage,
            ObjectStore store,
            DataSource dataSource,
            LockingTaskExecutor locks,
            Clock clock) {
        this.properties = properties;
        this.masthead = masthead;
        this.storage = storage;
        this.store = store;
        this.dataSource = dataSource;
        this.locks = locks;
        this.clock = clock;
    }

    /** Starts a backup in the background; false when one is running on this instance already. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        status.set(BackupStatus.started(clock.instant()));
        worker.execute(this::runAndRelease);
        return true;
    }

    /** Runs a backup in the calling thread (the schedule), unless one is running on this instance. */
    void runNow() {
        if (running.compareAndSet(false, true)) {
            status.set(BackupStatus.started(clock.instant()));
            runAndRelease();
        }
    }

    public BackupStatus status() {
        return status.get();
    }

    /** The complete backups in the backup directory, newest first. */
    public List<BackupListing> backups() {
        return new BackupDirectory(directory()).listing();
    }

    private void runAndRelease() {
        try {
            LockingTaskExecutor.TaskResult<OnlineBackup.Made> result = locks.executeWithLock(
                    this::backUp, new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofHours(6), Duration.ZERO));
            if (!result.wasExecuted()) {
                fail("another instance is making a backup (job lock " + LOCK + ")", null);
            }
        } catch (Throwable e) {
            fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } finally {
            running.set(false);
        }
    }

    private OnlineBackup.Made backUp() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"SQLite".equals(connection.getMetaData().getDatabaseProductName())) {
                throw new BackupRefused("backups in the application are for the embedded SQLite database; on"
                        + " PostgreSQL use pg_dump or the portable archive (docs/backup.md)");
            }
        }
        boolean local = storage.type() == StorageProperties.StorageType.LOCAL;
        BackupSource source = new BackupSource(
                dataSource::getConnection,
                local ? store : null,
                storage.type().name().toLowerCase(java.util.Locale.ROOT));
        OnlineBackup.Made made = new OnlineBackup(clock).create(source, directory(), new Reporter());
        List<String> pruned = new BackupDirectory(directory()).keepNewest(properties.keep());
        log.info(
                "backup written to {} ({} files, {} bytes); {} older removed",
                made.folder(),
                made.manifest().files().size(),
                made.manifest().totalBytes(),
                pruned.size());
        status.set(
                status.get().done(clock.instant(), made.folder().getFileName().toString()));
        return made;
    }

    private void fail(String reason, Throwable cause) {
        log.error("backup failed: {}", reason, cause);
        status.set(status.get().failed(clock.instant(), reason));
    }

    private Path directory() {
        return properties.directoryFor(masthead.dataDir());
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** Logs the lines and moves the status along. */
    private final class Reporter implements BackupProgress {

        @Override
        public void line(String line) {
            log.info("backup: {}", line);
        }

        @Override
        public void advanced(String stage, long done, long total) {
            status.set(status.get().at(stage, done, total));
        }
    }
}
