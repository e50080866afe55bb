package com.masthead.epaper;

import java.nio.file.Path;

/**
 * One PDF to take in: a whole issue ({@code pageNumber} null: page i of the PDF becomes the issue's page i) or one
 * page ({@code pageNumber} set: a one-page PDF that replaces that page's file). The intake owns {@code file} and
 * deletes it when done; {@code staffId} is null for the command line and the demo seeder.
 */
public record IntakeRequest(long issueId, Integer pageNumber, String fileName, Path file, Long staffId) {

    public IntakeRequest {
        fileName = fileName == null || fileName.isBlank() ? "upload.pdf" : fileName.strip();
        if (fileName.length() > 200) {
            fileName = fileName.substring(0, 200);
        }
    }
}
