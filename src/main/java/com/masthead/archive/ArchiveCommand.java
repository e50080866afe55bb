package com.masthead.archive;

import com.masthead.storage.ObjectStore;
import com.masthead.storage.StorageProperties;
import com.masthead.system.FlywayDialectPlaceholders;
import com.masthead.system.MastheadProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The one-shot commands {@code --masthead.export=<file>} and {@code --masthead.import=<file>}: they run instead of
 * the site, in a small Spring context with only the data source, Flyway (import only: it creates the schema of an
 * empty database first) and the file store, configured exactly as the site would be (same properties, environment
 * and command line). No web server, no scheduler and no start-up bootstrap runs, so nothing seeds the database
 * while an import fills it. Progress lines go to the log; {@link #run} returns the exit status.
 */
public final class ArchiveCommand {

    private static final Logger log = LoggerFactory.getLogger(ArchiveCommand.class);
    private static final String EXPORT = "--masthead.export=";
    private static final String IMPORT = "--masthead.import=";

    private ArchiveCommand() {}

    /** Whether the command line asks for an export or an import (then {@link #run} instead of the site). */
    public static boolean requested(String... args) {
        return argument(args, EXPORT).isPresent() || argument(args, IMPORT).isPresent();
    }

    /** Runs the command the arguments name: 0 when it succeeded, 1 when it failed (the reason is logged). */
    public static int run(String... args) {
        Optional<String> export = argument(args, EXPORT);
        Optional<String> importFrom = argument(args, IMPORT);
        if (export.isPresent() == importFrom.isPresent()) {
            log.error("give either --masthead.export=<file> or --masthead.import=<file>, not both");
            return 1;
        }
        boolean importing = importFrom.isPresent();
        Path file = Path.of(importing ? importFrom.get() : export.get()).toAbsolutePath();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandContext.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.flyway.enabled=" + importing)
                .initializers(c -> createDataDirectory(Binder.get(c.getEnvironment())
                        .bind("masthead", MastheadProperties.class)
                        .orElseGet(() -> new MastheadProperties(null, null, false, 0))
                        .dataDir()))
                .run(args)) {
            DataSource dataSource = context.getBean(DataSource.class);
            ObjectStore store = context.getBean(ObjectStore.class);
            if (importing) {
                ArchiveImport.Summary summary =
                        new ArchiveImport(dataSource, store, Clock.systemUTC()).importFrom(file, log::info);
                log.info(
                        "import finished: {} rows and {} files in {} ms ({})",
                        summary.rows(),
                        summary.files(),
                        summary.millis(),
                        summary.throughput());
            } else {
                ArchiveExport.Summary summary =
                        new ArchiveExport(dataSource, store, Clock.systemUTC()).export(file, log::info);
                log.info(
                        "export finished: {} ({} bytes): {} rows and {} files in {} ms ({})",
                        file,
                        summary.bytes(),
                        summary.rows(),
                        summary.files(),
                        summary.millis(),
                        summary.throughput());
            }
            return 0;
        } catch (ArchiveRefusedException e) {
            log.error("{} refused, nothing was imported: {}", importing ? "import" : "export", e.getMessage());
            return 1;
        } catch (Exception e) {
            log.error(
                    "{} of {} failed{}: {}",
                    importing ? "import" : "export",
                    file,
                    importing ? ", nothing was imported" : "",
                    e.getMessage(),
                    e);
            return 1;
        }
    }

    private static Optional<String> argument(String[] args, String prefix) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .filter(v -> !v.isBlank())
                .reduce((first, second) -> second);
    }

    private static void createDataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
    }

    /** The command's context: the site's data source, migrations and file store, nothing else. */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    @EnableConfigurationProperties({MastheadProperties.class, StorageProperties.class})
    @Import(FlywayDialectPlaceholders.class)
    static class CommandContext {

        @org.springframework.context.annotation.Bean
        ObjectStore objectStore(StorageProperties storage, MastheadProperties masthead) {
            return ObjectStore.configured(storage, masthead.dataDir());
        }
    }
}
