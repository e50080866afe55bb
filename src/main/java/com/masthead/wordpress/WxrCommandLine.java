package com.masthead.wordpress;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code --masthead.import-wxr=<file.xml>} (with {@code --masthead.import-wxr-uploads=<dir>}) imports a WordPress
 * export on start, in the starting thread, logging a line per step and the report's counts and skips, and lets the
 * application run on. The file is left as it is. A refused or failed import is logged with its reason; nothing of
 * it is written.
 */
@Component
class WxrCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WxrCommandLine.class);

    private final WordPressImport imports;
    private final WxrCommandProperties command;
    private final MessageSource messages;

    WxrCommandLine(WordPressImport imports, WxrCommandProperties command, MessageSource messages) {
        this.imports = imports;
        this.command = command;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = command.importWxr();
        if (file == null) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("masthead.import-wxr: no such file " + file);
        }
        Path uploads = command.importWxrUploads();
        if (uploads != null && !Files.isDirectory(uploads)) {
            throw new IllegalArgumentException("masthead.import-wxr-uploads: no such directory " + uploads);
        }
        ImportProgress end = imports.importNow(
                new ImportRequest(file, file.getFileName().toString(), uploads, null, "command-line", true),
                p -> log.warn("WordPress import {} of {}: {} {}/{}", p.id(), file, p.step(), p.done(), p.total()));
        if (end.report() == null) {
            log.warn(
                    "WordPress import {} of {}: {} ({})",
                    end.id(),
                    file,
                    end.state(),
                    messages.getMessage(
                            end.messageKey(),
                            end.messageArguments().toArray(),
                            end.messageKey(),
                            java.util.Locale.ENGLISH));
            return;
        }
        log.warn(
                "WordPress import {} of {}: done {}",
                end.id(),
                file,
                end.report().counts());
        end.report()
                .skipped()
                .forEach(s -> log.warn(
                        "WordPress import {}: skipped {} {}: {}",
                        end.id(),
                        s.kind(),
                        s.from(),
                        messages.getMessage(
                                s.reason(), new Object[] {s.detail()}, s.reason(), java.util.Locale.ENGLISH)));
    }
}
