package com.masthead.wordpress;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of WordPress imports ({@code masthead.import.wxr.*}).
 *
 * @param maxFileSize largest WXR file; default 64 MB (split a bigger site's export by date or category)
 * @param maxPostChars most characters of one post's content (or any other text of the file); a post with more
 *     refuses the whole file; default 200,000 (the article body's own limit)
 * @param maxItems most items (posts, pages, attachments) in one file; default 20,000
 * @param maxUploadsSize largest zip of the uploads directory, and most bytes it may unpack to; default 1 GB
 * @param maxUploadsEntries most files in that zip; default 50,000
 * @param allowedHosts hosts pictures may be downloaded from when the export's own files lack them (e.g.
 *     {@code old.example.com}); default none: nothing is ever fetched over the network
 * @param fetchTimeout how long one download may take, connecting included; default 10 s
 * @param maxFetchSize largest picture downloaded; default 20 MB
 * @param staleAfter a running import not heard of for this long was interrupted (its instance stopped) and is
 *     shown as failed; default 30 minutes
 */
@ConfigurationProperties("masthead.import.wxr")
public record WordPressProperties(
        DataSize maxFileSize,
        int maxPostChars,
        int maxItems,
        DataSize maxUploadsSize,
        int maxUploadsEntries,
        List<String> allowedHosts,
        Duration fetchTimeout,
        DataSize maxFetchSize,
        Duration staleAfter) {

    public WordPressProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(64) : maxFileSize;
        maxPostChars = maxPostChars <= 0 ? 200_000 : maxPostChars;
        maxItems = maxItems <= 0 ? 20_000 : maxItems;
        maxUploadsSize = maxUploadsSize == null ? DataSize.ofGigabytes(1) : maxUploadsSize;
        maxUploadsEntries = maxUploadsEntries <= 0 ? 50_000 : maxUploadsEntries;
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(10) : fetchTimeout;
        maxFetchSize = maxFetchSize == null ? DataSize.ofMegabytes(20) : maxFetchSize;
        staleAfter = staleAfter == null ? Duration.ofMinutes(30) : staleAfter;
    }

    WxrLimits limits() {
        return new WxrLimits(maxFileSize.toBytes(), maxPostChars, maxItems);
    }
}
