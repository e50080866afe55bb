package com.masthead.archive;

import com.masthead.storage.ObjectStore;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo newspaper does not have and the round trip needs: a reader's comment with its moderation history
 * and a report, and a correction ticket with an attachment in the file store. Written straight into the tables
 * (the comment and ticket forms have their own tests); the archive copies rows, whoever wrote them.
 */
final class ArchiveExtras {

    static final String COMMENT = "归档往返测试的读者留言：数据一条不少。";
    static final String ATTACHMENT = "0123456789abcdef0123456789abcdef.pdf";

    private ArchiveExtras() {}

    static void addTo(JdbcClient jdbc, ObjectStore store) {
        if (jdbc.sql("select count(*) from reader_comment where body = ?")
                        .param(COMMENT)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        long article = jdbc.sql("select min(id) from article where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        long channel = jdbc.sql("select channel_id from article where id = ?")
                .param(article)
                .query(Long.class)
                .single();
        long now = 1_765_000_000_000L;
        jdbc.sql(
                        "insert into reader_comment (article_id, channel_id, nickname, body, state, flagged, report_count,"
                                + " body_hash, client_address, client_fingerprint, created_at, decided_at, decided_by)"
                                + " values (?, ?, '归档读者', ?, 'APPROVED', false, 1, 'hash-of-body', '192.0.2.7', 'fp-archive', ?, ?, 'moderator')")
                .params(article, channel, COMMENT, now, now + 1000)
                .update();
        long comment =
                jdbc.sql("select max(id) from reader_comment").query(Long.class).single();
        jdbc.sql(
                        "insert into comment_event (comment_id, action, actor, detail, at) values (?, 'APPROVED', 'moderator', null, ?)")
                .params(comment, now + 1000)
                .update();
        jdbc.sql("insert into comment_report (comment_id, client_fingerprint, at) values (?, 'fp-reporter', ?)")
                .params(comment, now + 2000)
                .update();
        jdbc.sql("insert into correction_request (number, article_id, article_title, status, requester_name,"
                        + " organization, phone, email, problem, requested_change, attachment_name, attachment_type,"
                        + " attachment_size, language, due_date, created_at, updated_at)"
                        + " values ('JC-20261207-901', ?, '原标题', 'NEW', '王读者', '个人', '13800000000',"
                        + " 'reader@example.test', '日期写错了', '请改为十二月七日', ?, 'PDF', 9, 'zh', '2026-12-10', ?, ?)")
                .params(article, ATTACHMENT, now, now)
                .update();
        store.put("attachments/" + ATTACHMENT, "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8), "application/pdf");
    }
}
