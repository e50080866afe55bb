package com.masthead.archive;

import com.masthead.storage.ObjectStore;
import com.masthead.system.MastheadProperties;
import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports started from the staff UI ({@code /admin/archive}): one at a time per instance, on a thread of its own,
 * into {@code <data-dir>/exports/masthead-<UTC time>.zip}, the same archive as {@code --masthead.export}. The job's
 * progress is kept in memory, so the page (in any tab) follows it on the instance that runs it; the file is on that
 * instance's disk. Each start is recorded in the audit log. Thread-safe.
 */
@Service
public class ArchiveExports {

    /** The names this service gives its archives; nothing else under {@code exports/} is ever served. */
    public static final Pattern NAME = Pattern.compile("masthead-[0-9]{8}-[0-9]{6}\\.zip");

    private static final Logger log = LoggerFactory.getLogger(ArchiveExports.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final ObjectStore store;
    private final Path directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final AtomicReference<ExportJob> current = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "archive-export");
        thread.setDaemon(true);
        return thread;
    });

    ArchiveExports(
            DataSource dataSource,
            ObjectStore store,
            MastheadProperties masthead,
            Clock clock,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.store = store;
        this.directory = masthead.dataDir().resolve("exports");
        this.clock = clock;
        this.events = events;
        this.transaction = transaction;
    }

    /** Starts an export, or returns the one still running (a second start does not start another). */
    public synchronized ExportJob start(String by) {
        ExportJob running = current.get();
        if (running != null && running.running()) {
            return running;
        }
        ExportJob job = ExportJob.started("masthead-" + STAMP.format(clock.instant()) + ".zip", by, clock.instant());
        transaction.executeWithoutResult(status -> events.publishEvent(new ArchiveExportStarted(by, job.name())));
        current.set(job);
        worker.execute(() -> run(job));
        return job;
    }

    /** The running or last export of this instance since it started. */
    public Optional<ExportJob> current() {
        return Optional.ofNullable(current.get());
    }

    /** A finished archive of this instance by its name; empty for any other name. */
    public Optional<Path> file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void run(ExportJob job) {
        try {
            Files.createDirectories(directory);
            new ArchiveExport(dataSource, store, clock)
                    .export(
                            directory.resolve(job.name()),
                            line -> update(job, current.get().percent(), line),
                            percent -> update(job, percent, current.get().line()));
            current.set(current.get().finished(clock.instant()));
        } catch (Exception e) {
            log.error("export {} failed", job.name(), e);
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            current.set(current.get().failed(reason, clock.instant()));
        }
    }

    private void update(ExportJob job, int percent, String line) {
        current.updateAndGet(now -> now.name().equals(job.name()) ? now.at(percent, line) : now);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
