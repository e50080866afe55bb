package com.masthead.lexicon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Sensitive-word lexicon settings ({@code masthead.lexicon.*}).
 *
 * @param importList {@code masthead.lexicon.import=TIER:/path/to/list.txt}, a word list imported once at start;
 *     unset by default
 */
@ConfigurationProperties("masthead.lexicon")
record LexiconProperties(@Name("import") String importList) {

    LexiconProperties {
        importList = importList == null || importList.isBlank() ? null : importList.strip();
    }
}
