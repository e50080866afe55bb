package com.masthead;

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
        SpringApplication.run(MastheadApplication.class, args);
    }
}
