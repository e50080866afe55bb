package com.masthead.newsstandards;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Wire ingest ({@code masthead.wire.*}).
 *
 * @param channel the channel wire drafts go into: its id or its path ({@code news/domestic}); null means the API
 *     caller must name one ({@code ?channelId=}) and the watched folder stays off
 * @param folder the watched folder; null (the default) switches it off. Items are taken from the folder itself;
 *     taken ones move to {@code done/}, refused ones to {@code failed/} with a {@code .reason.txt} beside them
 * @param pollInterval how often the folder is looked at
 * @param maxItemBytes the largest item accepted (API body or file)
 * @param maxFilesPerPoll how many files one look takes at most (the rest wait for the next)
 */
@ConfigurationProperties("masthead.wire")
record WireProperties(String channel, Path folder, Duration pollInterval, DataSize maxItemBytes, int maxFilesPerPoll) {

    WireProperties {
        channel = channel == null || channel.isBlank() ? null : channel.strip();
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        maxItemBytes = maxItemBytes == null ? DataSize.ofMegabytes(1) : maxItemBytes;
        maxFilesPerPoll = maxFilesPerPoll <= 0 ? 50 : maxFilesPerPoll;
    }
}
