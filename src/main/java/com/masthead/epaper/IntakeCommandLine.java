package com.masthead.epaper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --masthead.epaper.ingest=<issueId>:<file.pdf>} takes in a whole-issue PDF on start, in the starting
 * thread, logging a line per step and page and how it ended, and lets the application run on. The file itself is
 * left as it is (the intake works on a copy).
 */
@Component
class IntakeCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IntakeCommandLine.class);

    private final IssueIntake intake;
    private final IntakeProperties properties;

    IntakeCommandLine(IssueIntake intake, IntakeProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String requested = properties.ingest();
        if (requested == null) {
            return;
        }
        String[] parts = requested.split(":", 2);
        if (parts.length != 2 || !parts[0].strip().matches("\\d{1,18}")) {
            throw new IllegalArgumentException("masthead.epaper.ingest must be <issueId>:/path/to/issue.pdf");
        }
        long issueId = Long.parseLong(parts[0].strip());
        Path file = Path.of(parts[1].strip());
        IntakeProgress end = intake.ingestNow(
                new IntakeRequest(issueId, null, file.getFileName().toString(), copy(file), null),
                p -> log.warn("PDF intake {} of {}: {} {}/{}", p.id(), file, p.step(), p.done(), p.total()));
        log.warn(
                "PDF intake {} of {} into issue {}: {}{}",
                end.id(),
                file,
                issueId,
                end.state().code(),
                end.messageKey() == null ? "" : " (" + end.messageKey() + " " + end.messageArguments() + ")");
    }

    private static Path copy(Path file) {
        try {
            Path temp = Files.createTempFile("masthead-intake-", ".pdf");
            Files.copy(file, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF " + file, e);
        }
    }
}
