package com.masthead.newsstandards;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.article.ArticleEditing;
import com.masthead.article.ArticleReading;
import com.masthead.channel.ChannelCatalog;
import com.masthead.support.SqliteSiteTest;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

class WireIngestSqliteIntegrationTests extends SqliteSiteTest implements WireIngestContract {

    @Autowired
    WireFolder wireFolder;

    @Autowired
    NinjsReader ninjs;

    @Autowired
    NewsMlReader newsMl;

    @Autowired
    ArticleEditing editing;

    @Autowired
    ArticleReading articles;

    @Autowired
    ChannelCatalog channels;

    @Autowired
    WireItemRepository items;

    @Autowired
    Validator validator;

    @Autowired
    Clock clock;

    @Autowired
    MessageSource messages;

    @Override
    public WireFolder wireFolder() {
        return wireFolder;
    }

    /**
     * The properties as an operator sets them: {@code masthead.wire.channel} as a channel path and
     * {@code masthead.wire.folder}; the scheduled poll takes the folder's items into that channel.
     */
    @Test
    void theScheduledPollTakesTheConfiguredFolderIntoTheConfiguredChannel() throws IOException {
        String path = fixtures().channel("通稿配置", null).get("slug").asString();
        long channelId = channels.byPath(path).orElseThrow().id();
        Path folder = Files.createTempDirectory("wire-configured");
        try (InputStream in = getClass().getResourceAsStream("/newsstandards/" + NEWSML_FIXTURE)) {
            Files.writeString(
                    folder.resolve("item.xml"),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("urn:beihu-ribao:2026:1201:chunzhong-shuiku", "urn:test:configured:" + channelId));
        }
        WireProperties properties = new WireProperties(path, folder, null, null, 0);
        WireIngest ingest =
                new WireIngest(ninjs, newsMl, editing, articles, channels, items, properties, validator, clock);

        new WireFolder(ingest, properties, messages).poll();

        assertThat(folder.resolve("done/item.xml")).exists();
        assertThat(database()
                        .sql("select count(*) from article where channel_id = :channel")
                        .param("channel", channelId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
