package com.masthead.backup;

import com.masthead.storage.StorageProperties;
import com.masthead.system.MastheadProperties;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar masthead.jar --masthead.backup=<dir>} and {@code --masthead.restore=<backup>}: one-shot commands
 * that the main method runs instead of the application. They read the same configuration as the application
 * ({@code application.properties}, environment, command line) in a small context of their own that binds the
 * properties they need and nothing else: no connection pool, no Flyway, no web server, no scheduled jobs. So a
 * restore runs before anything has opened the database, and a backup is a second process beside the running site.
 * Returns the process's exit status: 0 done, 1 failed, 2 refused (nothing changed).
 */
public final class BackupCommands {

    private BackupCommands() {}

    /** Whether the command line asks for a backup or a restore. */
    public static boolean requested(String... args) {
        return Arrays.stream(args)
                .anyMatch(arg -> arg.startsWith("--masthead.backup=") || arg.startsWith("--masthead.restore="));
    }

    /** Runs the command the arguments name and returns the exit status. */
    public static int run(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandContext.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            return context.getBean(BackupCommandLine.class).execute();
        }
    }

    /** The command's context: bound properties and the command, deliberately not a component-scanned class. */
    @EnableConfigurationProperties({
        BackupCommandArguments.class,
        MastheadProperties.class,
        StorageProperties.class,
        DataSourceProperties.class
    })
    @Import(BackupCommandLine.class)
    static class CommandContext {}
}
