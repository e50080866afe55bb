package com.masthead.lexicon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Sensitive-word lexicon settings ({@code masthead.lexicon.*}).
 *
 * @param refreshInterval how often an instance looks for lexicon changes made on another instance (default 60 s)
 * @param importList {@code masthead.lexicon.import=TIER:/path/to/list.txt}, a word list imported once at start;
 *     unset by default
 */
@ConfigurationProperties("masthead.lexicon")
record LexiconProperties(
        Duration refreshInterval, @Name("import") String importList) {

    LexiconProperties {
        refreshInterval = refreshInterval == null || refreshInterval.isNegative() || refreshInterval.isZero()
                ? Duration.ofSeconds(60)
                : refreshInterval;
        importList = importList == null || importList.isBlank() ? null : importList.strip();
    }
}
