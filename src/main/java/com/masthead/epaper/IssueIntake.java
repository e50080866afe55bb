package com.masthead.epaper;

import com.masthead.edition.EditionCatalog;
import com.masthead.shared.InvalidInputException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes in the PDF of a whole issue or of one page: it becomes the pages' PDFs, page images at every width and
 * the text of each page (see {@code docs/epaper.md}). {@link #start} checks the PDF at once (a bad one is refused
 * with an {@link InvalidInputException} at the field {@code pdf} and nothing is recorded) and then runs the intake
 * in the background, one at a time per instance, at most {@code queue-length} waiting; {@link #ingestNow} runs it
 * in the caller's thread. Progress is recorded as it goes ({@link #progress}); a failure ends the intake as failed
 * with a message and saves no page rows. The request's file is deleted when the intake ends. Thread-safe.
 */
@Service
public class IssueIntake {

    private static final Logger log = LoggerFactory.getLogger(IssueIntake.class);

    private final PdfInspector inspector;
    private final IntakeRun run;
    private final IntakeRepository intakes;
    private final EditionCatalog catalog;
    private final IntakeProperties properties;
    private final Clock clock;
    private final ThreadPoolExecutor executor;

    IssueIntake(
            PdfInspector inspector,
            IntakeRun run,
            IntakeRepository intakes,
            EditionCatalog catalog,
            IntakeProperties properties,
            Clock clock) {
        this.inspector = inspector;
        this.run = run;
        this.intakes = intakes;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(
                1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(properties.queueLength()), task -> {
                    // a deep stack: PDF parsing recurses
                    Thread thread = new Thread(null, task, "epaper-intake", 16L << 20);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Checks the PDF and queues its intake; answers the intake's id.
     *
     * @throws InvalidInputException at the field {@code pdf} for a PDF that cannot be taken in, or when too many
     *     intakes wait already
     * @throws com.masthead.shared.NotFoundException for an unknown issue
     */
    public long start(IntakeRequest request) {
        try {
            catalog.requireIssue(request.issueId());
            try (InspectedPdf pdf = inspector.open(request.file())) {
                IntakeRun.checkFits(pdf, request);
            }
        } catch (RuntimeException e) {
            delete(request.file());
            throw e;
        }
        long id = intakes.insert(request, size(request.file()), clock.millis());
        try {
            executor.execute(() -> runToEnd(id, request, progress -> {}));
        } catch (RejectedExecutionException e) {
            intakes.fail(id, "epaper.intake.busy", List.of(), clock.millis());
            delete(request.file());
            throw new InvalidInputException("pdf", "epaper.intake.busy");
        }
        return id;
    }

    /** Runs an intake in this thread (the demo seeder, the command line, tests); answers how it ended. */
    public IntakeProgress ingestNow(IntakeRequest request) {
        return ingestNow(request, progress -> {});
    }

    /** {@link #ingestNow(IntakeRequest)}, telling {@code listener} of every step as it is recorded. */
    public IntakeProgress ingestNow(IntakeRequest request, Consumer<IntakeProgress> listener) {
        catalog.requireIssue(request.issueId());
        long id = intakes.insert(request, size(request.file()), clock.millis());
        runToEnd(id, request, listener);
        return intakes.find(id).orElseThrow();
    }

    /** An intake's progress; one silent for longer than {@code stale-after} shows as failed (interrupted). */
    public Optional<IntakeProgress> progress(long id) {
        return intakes.find(id)
                .map(p -> p.interruptedIfSilentSince(clock.instant().minus(properties.staleAfter())));
    }

    /** The latest intakes of an issue, newest first. */
    public List<IntakeProgress> recent(long issueId, int limit) {
        return intakes.ofIssue(issueId, limit).stream()
                .map(p -> p.interruptedIfSilentSince(clock.instant().minus(properties.staleAfter())))
                .toList();
    }

    private void runToEnd(long id, IntakeRequest request, Consumer<IntakeProgress> listener) {
        try {
            run.run(id, request, listener);
        } catch (InvalidInputException e) {
            var problem = e.problems().get(0);
            List<String> arguments = java.util.Arrays.stream(problem.arguments())
                    .map(String::valueOf)
                    .toList();
            intakes.fail(id, problem.messageKey(), arguments, clock.millis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            intakes.fail(id, "epaper.intake.interrupted", List.of(), clock.millis());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            log.error("PDF intake {} of issue {} failed", id, request.issueId(), e);
            intakes.fail(id, "epaper.intake.failed", List.of(), clock.millis());
        } finally {
            delete(request.file());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete the intake's temporary file {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
