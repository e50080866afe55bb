package com.masthead.comment;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** Articles to comment on and words no other test uses. */
final class CommentFixtures {

    private static final AtomicInteger WORDS = new AtomicInteger();
    private static final String DIGITS = "零一二三四五六七八九";

    private CommentFixtures() {}

    /** A published article to comment on. */
    record TestArticle(long id, String url, long channelId) {

        static TestArticle of(JsonNode published) {
            return new TestArticle(
                    published.get("id").asLong(),
                    published.get("url").asString(),
                    published.get("content").get("channelId").asLong());
        }
    }

    /** A published article in a channel of its own. */
    static TestArticle article(SiteClient site, String title) {
        ContentFixtures f = site.fixtures();
        long channel = f.channel("评论测试" + word(""), null).get("id").asLong();
        return TestArticle.of(f.article(channel).set("title", title).publish());
    }

    /** A made-up Chinese word unique in this JVM, e.g. 禁词四一二零七: safe to put into the shared lexicon. */
    static String word(String prefix) {
        String n = ProcessHandle.current().pid() % 100_000 + "" + WORDS.incrementAndGet();
        StringBuilder word = new StringBuilder(prefix);
        n.chars().forEach(c -> word.append(DIGITS.charAt(c - '0')));
        return word.toString();
    }
}
