package com.masthead.newsstandards;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.ForbiddenException;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.staff.StaffMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The watched wire folder ({@code masthead.wire.folder}, off by default). Every poll takes up to
 * {@code max-files-per-poll} {@code .json} (ninjs) and {@code .xml} (NewsML-G2) files in name order; a taken file
 * moves to {@code done/}, a refused one to {@code failed/} with {@code <name>.reason.txt} beside it. Hidden files
 * and names ending in {@code .part} or {@code .tmp} are left alone: a sender writes under such a name and renames
 * when complete. The poll runs on one instance of a cluster at a time (ShedLock {@code wire-folder}); a crash
 * between the commit and the move re-delivers the file on the next poll, which the guid/version record turns into
 * a duplicate, so nothing is taken twice. A failure that is not the item's (the database unreachable) leaves the
 * file where it is for the next poll.
 */
@Component
class WireFolder {

    private static final Logger log = LoggerFactory.getLogger(WireFolder.class);

    private final WireIngest ingest;
    private final WireProperties properties;
    private final MessageSource messages;

    WireFolder(WireIngest ingest, WireProperties properties, MessageSource messages) {
        this.ingest = ingest;
        this.properties = properties;
        this.messages = messages;
    }

    @Scheduled(
            fixedDelayString = "#{@'masthead.wire-com.masthead.newsstandards.WireProperties'.pollInterval()}",
            initialDelayString = "#{@'masthead.wire-com.masthead.newsstandards.WireProperties'.pollInterval()}")
    @SchedulerLock(name = "wire-folder", lockAtMostFor = "PT10M")
    void poll() {
        if (properties.folder() != null) {
            sweep(properties.folder(), null);
        }
    }

    /** Takes the waiting files of {@code folder} into {@code channelId} (null: the configured wire channel). */
    Sweep sweep(Path folder, Long channelId) {
        int done = 0;
        int failed = 0;
        for (Path file : waiting(folder)) {
            String reason;
            try {
                reason = take(file, channelId);
            } catch (RuntimeException e) {
                // not the item's fault (the database is away, say): the file stays for the next poll, the others
                // are still tried
                log.error("wire item {} left in the folder for the next poll", file.getFileName(), e);
                continue;
            }
            move(file, folder.resolve(reason == null ? "done" : "failed"));
            if (reason == null) {
                done++;
            } else {
                failed++;
                write(folder.resolve("failed").resolve(file.getFileName() + ".reason.txt"), reason);
                log.warn("wire item {} refused: {}", file.getFileName(), reason);
            }
        }
        return new Sweep(done, failed);
    }

    /** Null when the file was taken, else why not. */
    private String take(Path file, Long channelId) {
        String name = file.getFileName().toString();
        try {
            WireFormat format = WireFormat.ofFileName(name).orElse(null);
            if (format == null) {
                return text("wire.file.unknown-format", name);
            }
            if (Files.size(file) > ingest.maxItemBytes()) {
                return text("wire.item.too-large", ingest.maxItemBytes());
            }
            WireOutcome outcome = ingest.take(Files.readAllBytes(file), format, StaffMember.system(), channelId);
            log.info(
                    "wire item {} ({} v{}): {} article {}",
                    name,
                    outcome.guid(),
                    outcome.version(),
                    outcome.kind(),
                    outcome.articleId());
            return null;
        } catch (InvalidInputException e) {
            return e.problems().stream().map(this::text).collect(Collectors.joining("\n"));
        } catch (NotFoundException e) {
            return e.field() + ": " + text("problem.unknown-reference", text("kind." + e.kind()), e.key());
        } catch (WireConflictException e) {
            return text(e.messageKey(), e.arguments());
        } catch (ForbiddenException e) {
            return text(e.messageKey(), e.arguments());
        } catch (IOException e) {
            return e.toString();
        }
    }

    private List<Path> waiting(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !n.startsWith(".") && !n.endsWith(".part") && !n.endsWith(".tmp");
                    })
                    .sorted()
                    .limit(properties.maxFilesPerPoll())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the wire folder " + folder, e);
        }
    }

    private static void move(Path file, Path into) {
        try {
            Files.createDirectories(into);
            Files.move(file, into.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + into, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(FieldProblem problem) {
        return problem.field() + ": " + text(problem.messageKey(), problem.arguments());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** How many files one sweep took and refused. */
    record Sweep(int done, int failed) {}
}
