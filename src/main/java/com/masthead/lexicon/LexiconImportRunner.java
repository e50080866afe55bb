package com.masthead.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code --masthead.lexicon.import=TIER:/path/to/list.txt} imports a UTF-8 word list (one term per line) into the
 * lexicon on start, logs what it did, and lets the application run on. The tier is BLOCK, REVIEW or REPLACE.
 */
@Component
@EnableConfigurationProperties(LexiconProperties.class)
class LexiconImportRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LexiconImportRunner.class);

    private final Lexicon lexicon;
    private final LexiconProperties properties;

    LexiconImportRunner(Lexicon lexicon, LexiconProperties properties) {
        this.lexicon = lexicon;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String requested = properties.importList();
        if (requested == null) {
            return;
        }
        String[] parts = requested.split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("masthead.lexicon.import must be TIER:/path/to/list.txt");
        }
        LexiconTier tier = LexiconTier.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        Path file = Path.of(parts[1].strip());
        String list;
        try {
            list = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + file, e);
        }
        LexiconImport result = lexicon.importList(list, tier, "cli");
        log.warn(
                "lexicon import of {} into {}: {} added, {} moved to this tier, {} unchanged, {} lines refused {}",
                file,
                tier,
                result.added(),
                result.retiered(),
                result.unchanged(),
                result.refused().size(),
                result.refused().stream().limit(20).toList());
    }
}
