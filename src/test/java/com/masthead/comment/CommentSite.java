package com.masthead.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What the comment contracts share: the site's address and database, a reader, and helpers that post, approve and
 * configure through the API.
 */
interface CommentSite extends SiteClient {

    URI address(String path);

    JdbcClient database();

    default Reader reader() {
        return new Reader(this::address);
    }

    default JsonNode pendingOn(CommentFixtures.TestArticle article) {
        JsonNode page = api("GET", "/api/v1/comments?state=PENDING&articleId=" + article.id())
                .as(StaffRole.MODERATOR)
                .json();
        return page.get("items");
    }

    default List<Long> ids(JsonNode items) {
        return items.findValues("id").stream().map(JsonNode::asLong).toList();
    }

    default long approvedComment(String url, String nickname, String text) {
        return approvedCommentBy(reader(), url, nickname, text);
    }

    default long approvedCommentBy(Reader reader, String url, String nickname, String text) {
        assertThat(reader.comment(url, nickname, text).statusCode()).isEqualTo(303);
        long id = database()
                .sql("select max(id) from reader_comment where client_address = :address")
                .param("address", reader.address())
                .query(Long.class)
                .single();
        assertThat(api("POST", "/api/v1/comments/" + id + "/approve")
                        .as(StaffRole.MODERATOR)
                        .send()
                        .statusCode())
                .isEqualTo(200);
        return id;
    }

    default void addTerm(String term, String tier) {
        assertThat(api("POST", "/api/v1/lexicon")
                        .body(Map.of("term", term, "tier", tier))
                        .send()
                        .statusCode())
                .isEqualTo(201);
    }

    default void setMode(long channelId, String mode) {
        assertThat(api("PUT", "/api/v1/comments/channels/" + channelId)
                        .body(Map.of("mode", mode))
                        .send()
                        .statusCode())
                .isEqualTo(200);
    }

    /** 禁词一二 → 禁 词·一 二: the evasion a reader might try. */
    default String spaced(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints().forEach(c -> out.appendCodePoint(c).append(out.length() % 3 == 0 ? "·" : " "));
        return out.toString().strip();
    }
}
