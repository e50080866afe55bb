package com.masthead.epaper;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How PDF intakes run ({@code masthead.epaper.*}, next to the sizes of {@link EpaperProperties}).
 *
 * @param ingest {@code --masthead.epaper.ingest=<issueId>:<file.pdf>} ingests a whole-issue PDF once at start,
 *     logging its progress; unset by default
 * @param maxPagePixels most pixels one page may render to at the largest image width (a broadsheet page 1600 px
 *     wide is about 3 megapixels); a page that would need more is refused; default 16,000,000
 * @param parseMemory heap a PDF being read may hold of its decoded streams; more goes to temporary files; default
 *     64 MB
 * @param staleAfter a queued or running intake not heard of for this long was interrupted (the instance stopped)
 *     and is shown as failed; default 30 minutes
 * @param queueLength intakes that may wait for the one running on this instance; more are refused; default 8
 */
@ConfigurationProperties("masthead.epaper")
public record IntakeProperties(
        String ingest, long maxPagePixels, DataSize parseMemory, Duration staleAfter, int queueLength) {

    public IntakeProperties {
        ingest = ingest == null || ingest.isBlank() ? null : ingest.strip();
        maxPagePixels = maxPagePixels <= 0 ? 16_000_000 : maxPagePixels;
        parseMemory = parseMemory == null ? DataSize.ofMegabytes(64) : parseMemory;
        staleAfter = staleAfter == null ? Duration.ofMinutes(30) : staleAfter;
        queueLength = queueLength <= 0 ? 8 : queueLength;
    }
}
