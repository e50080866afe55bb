package com.masthead.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one-shot commands, bound only when one is given ({@link BackupCommands}): never part of the running
 * application, whose scheduled backups read {@link BackupProperties} under the same prefix.
 *
 * @param backup {@code --masthead.backup=<dir>}: make a backup in a new folder under this directory
 * @param restore {@code --masthead.restore=<backup>}: restore this backup folder into the data directory
 */
@ConfigurationProperties("masthead")
record BackupCommandArguments(Path backup, Path restore) {}
