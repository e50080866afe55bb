package com.masthead.backup;

import com.masthead.storage.ObjectStore;
import com.masthead.storage.StorageProperties;
import com.masthead.system.MastheadProperties;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/** Runs one command of {@link BackupCommands} and turns its outcome into progress lines and an exit status. */
class BackupCommandLine {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;
    private static final Logger log = LoggerFactory.getLogger("masthead.backup");

    private final BackupCommandArguments arguments;
    private final MastheadProperties masthead;
    private final StorageProperties storage;
    private final DataSourceProperties dataSource;
    private final Clock clock = Clock.systemUTC();

    BackupCommandLine(
            BackupCommandArguments arguments,
            MastheadProperties masthead,
            StorageProperties storage,
            DataSourceProperties dataSource) {
        this.arguments = arguments;
        this.masthead = masthead;
        this.storage = storage;
        this.dataSource = dataSource;
    }

    int execute() {
        long started = System.nanoTime();
        try {
            if (arguments.backup() != null && arguments.restore() != null) {
                throw new BackupRefused("give either --masthead.backup or --masthead.restore, not both");
            }
            Path database = SqliteUrl.databaseFile(dataSource.getUrl());
            if (arguments.backup() != null) {
                backUp(database);
            } else {
                restore(database);
            }
            log.info(
                    "done in {} s",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            return DONE;
        } catch (BackupRefused e) {
            log.error("refused: {}", e.getMessage());
            return REFUSED;
        } catch (RuntimeException e) {
            log.error("failed: {}", e.getMessage(), e);
            return FAILED;
        }
    }

    private void backUp(Path database) {
        String url = "jdbc:sqlite:" + database;
        ObjectStore files = storage.type() == StorageProperties.StorageType.LOCAL
                ? ObjectStore.inDirectory(masthead.dataDir())
                : null;
        BackupSource source = new BackupSource(
                () -> DriverManager.getConnection(url),
                files,
                storage.type().name().toLowerCase(java.util.Locale.ROOT));
        OnlineBackup.Made made = new OnlineBackup(clock).create(source, arguments.backup(), log::info);
        log.info(
                "backup written to {}: {} files, {} bytes",
                made.folder(),
                made.manifest().files().size(),
                made.manifest().totalBytes());
    }

    private void restore(Path database) {
        Path dataDir = masthead.dataDir().toAbsolutePath().normalize();
        if (!database.toAbsolutePath().normalize().getParent().equals(dataDir)) {
            throw new BackupRefused("the database " + database + " is not in the data directory " + dataDir
                    + ": restore swaps the data directory as a whole, so keep the database file in it"
                    + " (the default spring.datasource.url does)");
        }
        new Restore(clock)
                .restore(
                        arguments.restore(),
                        new Restore.Target(dataDir, database.getFileName().toString()),
                        log::info);
    }
}
