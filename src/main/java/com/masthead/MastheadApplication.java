package com.masthead;

import com.masthead.archive.ArchiveCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MastheadApplication {

    public static void main(String[] args) {
        if (ArchiveCommand.requested(args)) {
            // a one-shot command instead of the site (docs/archive.md); its exit status is the command's
            System.exit(ArchiveCommand.run(args));
        }
        SpringApplication.run(MastheadApplication.class, args);
    }
}
