package com.masthead.article;

import static com.masthead.shared.Rows.date;
import static com.masthead.shared.Rows.instant;

import com.masthead.article.WorkLists.WorkFilter;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom's work lists as queries on the article table, each one indexed query with a limit. */
@Repository
class WorkListRepository {

    private static final String COLUMNS = "id, channel_id, title, status, review_state, author_login, updated_at,"
            + " review_updated_at, scheduled_at, published_at, sent_back_reason, url_date, version";

    private final JdbcClient jdbc;

    WorkListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkItem> drafts(String authorLogin, int limit) {
        return query(
                "author_login = :me and review_state = 'DRAFT' and sent_back_reason is null",
                Map.of("me", authorLogin),
                "updated_at desc, id desc",
                limit);
    }

    List<WorkItem> sentBack(String authorLogin, int limit) {
        return query(
                "author_login = :me and review_state = 'DRAFT' and sent_back_reason is not null",
                Map.of("me", authorLogin),
                "review_updated_at desc, id desc",
                limit);
    }

    /** Articles in review, the longest waiting first. */
    List<WorkItem> inReview(int limit) {
        return query("review_state in ('SUBMITTED', 'PASSED_1', 'PASSED_2')", Map.of(), "review_updated_at, id", limit);
    }

    List<WorkItem> scheduled(int limit) {
        return query("review_state = 'SCHEDULED'", Map.of(), "scheduled_at, id", limit);
    }

    List<WorkItem> recentlyPublished(int limit) {
        return query("status = 'PUBLISHED'", Map.of(), "published_at desc, id desc", limit);
    }

    PageResult<WorkItem> list(WorkFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.reviewState() != null) {
            where.append(" and review_state = :state");
            params.put("state", filter.reviewState().name());
        }
        if (filter.channelId() != null) {
            where.append(" and channel_id = :channel");
            params.put("channel", filter.channelId());
        }
        if (filter.author() != null) {
            where.append(" and author_login = :author");
            params.put("author", filter.author());
        }
        if (filter.titleContains() != null) {
            where.append(" and title like :title escape '\\'");
            params.put(
                    "title",
                    "%"
                            + filter.titleContains()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from article where " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<WorkItem> items = jdbc.sql("select " + COLUMNS + " from article where " + where
                        + " order by updated_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(WorkListRepository::item)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private List<WorkItem> query(String where, Map<String, Object> params, String order, int limit) {
        return jdbc.sql("select " + COLUMNS + " from article where " + where + " order by " + order + " limit :limit")
                .params(params)
                .param("limit", limit)
                .query(WorkListRepository::item)
                .list();
    }

    private static WorkItem item(ResultSet rs, int n) throws SQLException {
        return new WorkItem(
                rs.getLong("id"),
                rs.getLong("channel_id"),
                rs.getString("title"),
                ArticleStatus.valueOf(rs.getString("status")),
                ReviewState.valueOf(rs.getString("review_state")),
                rs.getString("author_login"),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                instant(rs, "review_updated_at"),
                instant(rs, "scheduled_at"),
                instant(rs, "published_at"),
                rs.getString("sent_back_reason"),
                ArticleUrls.of(rs.getLong("id"), date(rs, "url_date")),
                rs.getInt("version"));
    }
}
