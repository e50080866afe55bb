package com.masthead.article;

import static com.masthead.shared.Rows.date;
import static com.masthead.shared.Rows.instant;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.staff.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The newsroom's lists: my drafts, what was sent back to me, the review queue for my roles, scheduled and recently
 * published articles, and the filtered article list. Each is one indexed query with a limit; none grows with the
 * archive (the review queue reads only the articles currently in review).
 */
@Service
public class WorkLists {

    private static final String COLUMNS = "id, channel_id, title, status, review_state, author_login, updated_at,"
            + " review_updated_at, scheduled_at, published_at, sent_back_reason, url_date, version";
    private static final int QUEUE_SCAN = 1000;

    private final JdbcClient jdbc;
    private final ReviewPolicies policies;

    WorkLists(JdbcClient jdbc, ReviewPolicies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    public List<WorkItem> drafts(String authorLogin, int limit) {
        return query(
                "author_login = :me and review_state = 'DRAFT' and sent_back_reason is null",
                Map.of("me", authorLogin),
                "updated_at desc, id desc",
                limit);
    }

    public List<WorkItem> sentBack(String authorLogin, int limit) {
        return query(
                "author_login = :me and review_state = 'DRAFT' and sent_back_reason is not null",
                Map.of("me", authorLogin),
                "review_updated_at desc, id desc",
                limit);
    }

    /** Articles waiting for a level this member may sign (not their own, within their channels), oldest first. */
    public List<WorkItem> reviewQueue(StaffMember member, ChannelScope scope) {
        return query(
                        "review_state in ('SUBMITTED', 'PASSED_1', 'PASSED_2')",
                        Map.of(),
                        "review_updated_at, id",
                        QUEUE_SCAN)
                .stream()
                .filter(item -> !member.login().equals(item.authorLogin()))
                .filter(item -> scope.allows(member, item.channelId()))
                .filter(item -> {
                    ReviewLadder ladder = policies.ladderFor(item.channelId());
                    int level = item.reviewState().awaitedLevel();
                    return level <= ladder.levels() && member.has(ladder.roleFor(level));
                })
                .toList();
    }

    public List<WorkItem> scheduled(int limit) {
        return query("review_state = 'SCHEDULED'", Map.of(), "scheduled_at, id", limit);
    }

    public List<WorkItem> recentlyPublished(int limit) {
        return query("status = 'PUBLISHED'", Map.of(), "published_at desc, id desc", limit);
    }

    /** The article list: optional status, review state, channel and title words; newest change first. */
    public PageResult<WorkItem> list(WorkFilter filter, PageRequest page) {
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
                .query(WorkLists::item)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private List<WorkItem> query(String where, Map<String, Object> params, String order, int limit) {
        return jdbc.sql("select " + COLUMNS + " from article where " + where + " order by " + order + " limit :limit")
                .params(params)
                .param("limit", limit)
                .query(WorkLists::item)
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

    /** Filters of the article list; null means any. */
    public record WorkFilter(
            ArticleStatus status, ReviewState reviewState, Long channelId, String author, String titleContains) {}
}
