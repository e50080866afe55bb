package com.masthead;

import com.masthead.archive.ArchiveCommand;
import com.masthead.backup.BackupCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MastheadApplication {

    public static void main(String[] args) {
        // a backup or restore runs instead of the application, before anything opens the database
        if (BackupCommands.requested(args)) {
            System.exit(BackupCommands.run(args));
        }
        if (ArchiveCommand.requested(args)) {
            // a one-shot command instead of the site (docs/archive.md); its exit status is the command's
            System.exit(ArchiveCommand.run(args));
        }
        SpringApplication.run(MastheadApplication.class, args);
    }
}
