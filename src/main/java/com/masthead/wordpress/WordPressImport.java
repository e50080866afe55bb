package com.masthead.wordpress;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports WordPress exports (see {@code docs/wordpress-import.md}). {@link #start} records the import and runs it
 * in the background, one at a time per instance (two more may wait); {@link #importNow} runs it in the caller's
 * thread. An import is all or nothing: a file that is not a sound WXR file is refused before anything is written,
 * and the writing itself is one transaction, so a failure leaves no article, channel, picture row, comment or
 * redirect behind (only picture files, which are harmless). Progress is recorded as it goes and readable from any
 * tab ({@link #progress}); during the writing step, whose transaction holds SQLite's write lock, it is kept in this
 * instance's memory and written when the step ends. The request's temporary files are deleted when it ends.
 * Thread-safe.
 */
@Service
public class WordPressImport {

    private static final Logger log = LoggerFactory.getLogger(WordPressImport.class);

    private final WxrImportRun run;
    private final WordPressImportRepository imports;
    private final WordPressProperties properties;
    private final Clock clock;
    private final Map<Long, ImportProgress> live = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor;

    WordPressImport(WxrImportRun run, WordPressImportRepository imports, WordPressProperties properties, Clock clock) {
        this.run = run;
        this.imports = imports;
        this.properties = properties;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2), task -> {
            Thread thread = new Thread(task, "wordpress-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Records the import and queues it; answers its id.
     *
     * @throws InvalidInputException at {@code file} when two imports wait already
     */
    public long start(ImportRequest request) {
        long id = imports.insert(request.fileName(), size(request.wxr()), request.startedBy(), clock.millis());
        try {
            executor.execute(() -> runToEnd(id, request, p -> {}));
        } catch (RejectedExecutionException e) {
            imports.fail(id, "wordpress.import.busy", List.of(), clock.millis());
            cleanUp(request);
            throw new InvalidInputException("file", "wordpress.import.busy");
        }
        return id;
    }

    /** Runs an import in this thread, telling {@code listener} of each step; answers how it ended. */
    public ImportProgress importNow(ImportRequest request, Consumer<ImportProgress> listener) {
        long id = imports.insert(request.fileName(), size(request.wxr()), request.startedBy(), clock.millis());
        runToEnd(id, request, listener);
        return imports.find(id).orElseThrow();
    }

    /** An import's progress; one silent for longer than {@code stale-after} shows as failed (interrupted). */
    public Optional<ImportProgress> progress(long id) {
        ImportProgress running = live.get(id);
        if (running != null) {
            return Optional.of(running);
        }
        return imports.find(id)
                .map(p -> p.interruptedIfSilentSince(clock.instant().minus(properties.staleAfter())));
    }

    /** The latest imports, newest first. */
    public List<ImportProgress> recent(int limit) {
        return imports.recent(limit).stream()
                .map(p -> live.getOrDefault(
                        p.id(), p.interruptedIfSilentSince(clock.instant().minus(properties.staleAfter()))))
                .toList();
    }

    private void runToEnd(long id, ImportRequest request, Consumer<ImportProgress> listener) {
        ImportProgress start = imports.find(id).orElseThrow();
        try {
            ImportReport report = run.run(id, request, (step, done, total) -> {
                ImportProgress now = start.at(step, done, total);
                live.put(id, now);
                // inside the writing transaction another connection could not write (SQLite's one writer)
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    imports.progress(id, step, done, total, clock.millis());
                }
                listener.accept(now);
            });
            imports.finish(id, report, clock.millis());
        } catch (InvalidInputException e) {
            FieldProblem problem = e.problems().get(0);
            fail(
                    id,
                    problem.messageKey(),
                    Arrays.stream(problem.arguments()).map(String::valueOf).toList());
        } catch (IOException | RuntimeException e) {
            log.error("WordPress import {} of {} failed", id, request.fileName(), e);
            fail(id, "wordpress.import.failed", List.of());
        } finally {
            live.remove(id);
            cleanUp(request);
        }
    }

    private void fail(long id, String key, List<String> arguments) {
        imports.fail(id, key, arguments, clock.millis());
    }

    private static void cleanUp(ImportRequest request) {
        if (request.keepFiles()) {
            return;
        }
        try {
            Files.deleteIfExists(request.wxr());
            if (request.uploadsZip() != null) {
                Files.deleteIfExists(request.uploadsZip());
            }
        } catch (IOException e) {
            log.warn("cannot delete the import's temporary files", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
