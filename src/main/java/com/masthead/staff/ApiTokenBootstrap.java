package com.masthead.staff;

import com.masthead.shared.BootstrapLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure an installation is never locked out and never has a default secret: on a start with no active
 * token it issues one admin token. {@code --masthead.create-token=NAME:ROLE} issues another token on demand
 * (documented in the README). The token is never logged: it is written to {@code
 * <masthead.data-dir>/api-token-<name>.txt}, readable and writable by the application's user only ({@code
 * rw-------}), and the log says where. Delete the file once the token is stored elsewhere. Instances that start
 * together on one database take turns ({@link BootstrapLock}), so exactly one issues the first token.
 */
@Component
class ApiTokenBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenBootstrap.class);

    private final ApiTokens tokens;
    private final StaffCommands commands;
    private final Environment environment;
    private final BootstrapLock bootstrapLock;

    ApiTokenBootstrap(ApiTokens tokens, StaffCommands commands, Environment environment, BootstrapLock bootstrapLock) {
        this.tokens = tokens;
        this.commands = commands;
        this.environment = environment;
        this.bootstrapLock = bootstrapLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrapLock.runAlone("first API token", this::bootstrap);
    }

    private void bootstrap() {
        String requested = commands.createToken();
        if (requested != null) {
            String[] parts = requested.split(":", 2);
            StaffRole role =
                    parts.length > 1 ? StaffRole.valueOf(parts[1].trim().toUpperCase()) : StaffRole.ADMIN;
            announce(tokens.issue(parts[0].trim(), role));
        } else if (!tokens.anyActive()) {
            announce(tokens.issue("initial-admin", StaffRole.ADMIN));
        }
    }

    private void announce(IssuedApiToken token) {
        Path file = write(token);
        log.warn("""

                ================================================================
                 New API token "{}" with role {} written to (owner-only file):
                   {}
                 Use it as:  Authorization: Bearer <token>
                 Delete the file once the token is stored somewhere safe.
                ================================================================""", token.name(), token.role(), file);
    }

    /** {@code <data-dir>/api-token-<name>.txt}, created readable by the owner only, replacing an older one. */
    Path write(IssuedApiToken token) {
        // bound here, not injected: MastheadProperties lives in system, which depends on staff
        Path dir = Binder.get(environment)
                .bind("masthead.data-dir", Path.class)
                .orElse(Path.of("data"))
                .toAbsolutePath();
        Path file = dir.resolve("api-token-" + token.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
            Files.writeString(file, token.secret() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the API token file " + file, e);
        }
        return file;
    }
}
