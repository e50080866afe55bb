package com.masthead.article;

import static com.masthead.shared.Rows.date;
import static com.masthead.shared.Rows.instant;
import static com.masthead.shared.Rows.nullableInt;
import static com.masthead.shared.Rows.nullableLong;

import com.masthead.media.ImageUsage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores articles with their bylines and tags. Reads of one article take three indexed queries. */
@Repository
class ArticleRepository {

    private static final String PUBLISHED = "status = 'PUBLISHED'";
    private static final String NEWEST = "published_at desc, id desc";

    private static final String ROW_COLUMNS = """
            id, channel_id, kicker, title, subtitle, summary, body_html, source_name, source_url, rights,
            original_outlet, original_author, original_title, original_url, lead_image_id, lead_image_caption,
            lead_image_credit, series_id, series_part, page_id, responsible_editor, status, created_at, updated_at,
            published_at, url_date, unpublish_reason, version, author_login, review_state, working_revision,
            live_revision, scheduled_at, sent_back_reason""";

    static final String TEASER_COLUMNS =
            "id, channel_id, kicker, title, summary, published_at, url_date, lead_image_id, series_id, series_part, page_id";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ArticleContent c, String authorLogin, Instant now) {
        long id = bind(jdbc.sql("""
                                insert into article (channel_id, kicker, title, subtitle, summary, body_html,
                                  source_name, source_url, rights, original_outlet, original_author, original_title,
                                  original_url, lead_image_id, lead_image_caption, lead_image_credit, series_id,
                                  series_part, page_id, responsible_editor, status, created_at, updated_at,
                                  review_state, author_login, working_revision, live_revision, review_updated_at)
                                values (:channel, :kicker, :title, :subtitle, :summary, :body, :sourceName,
                                  :sourceUrl, :rights, :outlet, :author, :originalTitle, :originalUrl, :image,
                                  :imageCaption, :imageCredit, :series, :part, :page, :editor, 'DRAFT', :now, :now,
                                  'DRAFT', :authorLogin, 1, 1, :now)
                                returning id"""), c)
                .param("now", now.toEpochMilli())
                .param("authorLogin", authorLogin)
                .query(Long.class)
                .single();
        replaceBylinesAndTags(id, c);
        return id;
    }

    /** Writes the article when {@code expectedVersion} is still current; false when someone saved in between. */
    boolean update(Article a, int expectedVersion) {
        int rows = bind(jdbc.sql("""
                                update article set channel_id = :channel, kicker = :kicker, title = :title,
                                  subtitle = :subtitle, summary = :summary, body_html = :body,
                                  source_name = :sourceName, source_url = :sourceUrl, rights = :rights,
                                  original_outlet = :outlet, original_author = :author,
                                  original_title = :originalTitle, original_url = :originalUrl,
                                  lead_image_id = :image, lead_image_caption = :imageCaption,
                                  lead_image_credit = :imageCredit, series_id = :series, series_part = :part,
                                  page_id = :page, responsible_editor = :editor, status = :status,
                                  unpublish_reason = :reason, url_date = :urlDate, updated_at = :updated,
                                  published_at = :published, review_state = :reviewState,
                                  working_revision = :workingRevision, live_revision = :liveRevision,
                                  scheduled_at = :scheduledAt, sent_back_reason = :sentBackReason,
                                  review_updated_at = :updated, version = version + 1
                                where id = :id and version = :version"""), a.content())
                .param("reviewState", a.reviewState().name())
                .param("workingRevision", a.workingRevision())
                .param("liveRevision", a.liveRevision())
                .param(
                        "scheduledAt",
                        a.scheduledAt() == null ? null : a.scheduledAt().toEpochMilli())
                .param("sentBackReason", a.sentBackReason())
                .param("status", a.status().name())
                .param("reason", a.unpublishReason())
                .param("urlDate", a.urlDate() == null ? null : a.urlDate().toString())
                .param("updated", a.updatedAt().toEpochMilli())
                .param(
                        "published",
                        a.publishedAt() == null ? null : a.publishedAt().toEpochMilli())
                .param("id", a.id())
                .param("version", expectedVersion)
                .update();
        if (rows == 1) {
            replaceBylinesAndTags(a.id(), a.content());
        }
        return rows == 1;
    }

    /** The row with bylines and tags filled in; the working copy is attached by {@link ArticleStore}. */
    Optional<ArticleRow> find(long id) {
        return jdbc.sql("select " + ROW_COLUMNS + " from article where id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .map(r -> new ArticleRow(
                        r.id(),
                        withBylinesAndTags(id, r.content()),
                        r.status(),
                        r.createdAt(),
                        r.updatedAt(),
                        r.publishedAt(),
                        r.urlDate(),
                        r.unpublishReason(),
                        r.version(),
                        r.authorLogin(),
                        r.review()));
    }

    Optional<Integer> currentVersion(long id) {
        return jdbc.sql("select version from article where id = :id")
                .param("id", id)
                .query(Integer.class)
                .optional();
    }

    List<ArticleTeaser> latestPublished(int limit) {
        return teasers(PUBLISHED, params(), NEWEST, limit, 0);
    }

    List<ArticleTeaser> latestPublishedWithImage(int limit) {
        return teasers(PUBLISHED + " and lead_image_id is not null", params(), NEWEST, limit, 0);
    }

    List<ArticleTeaser> publishedInChannels(Collection<Long> channelIds, int limit, long offset) {
        Map<String, Object> params = params();
        return teasers(inChannels(channelIds, params), params, NEWEST, limit, offset);
    }

    /** The number of published articles in the channels, or {@code limit} if there are at least that many. */
    long countPublishedInChannelsUpTo(Collection<Long> channelIds, long limit) {
        Map<String, Object> params = params();
        return jdbc.sql("select count(*) from (select 1 from article where " + inChannels(channelIds, params)
                        + " limit :countLimit) capped")
                .params(params)
                .param("countLimit", limit)
                .query(Long.class)
                .single();
    }

    List<ArticleTeaser> publishedInSeries(long seriesId, int limit) {
        Map<String, Object> params = params();
        params.put("series", seriesId);
        return teasers(PUBLISHED + " and series_id = :series", params, "series_part, id", limit, 0);
    }

    List<ArticleTeaser> publishedOnPages(Collection<Long> pageIds, int limit) {
        Map<String, Object> params = params();
        String where = PUBLISHED + " and " + inClause("page_id", "p", pageIds, params);
        return teasers(where, params, "page_id, published_at, id", limit, 0);
    }

    /** Articles in any status printed on any of the pages (their main page), by id, at most {@code limit}. */
    List<ArticleText> textsOnPages(Collection<Long> pageIds, int limit) {
        Map<String, Object> params = params();
        return texts(inClause("page_id", "p", pageIds, params), params, limit);
    }

    /** The articles with these ids in any status, by id, at most {@code limit}. */
    List<ArticleText> textsAmong(Collection<Long> ids, int limit) {
        Map<String, Object> params = params();
        return texts(inClause("id", "i", ids, params), params, limit);
    }

    private List<ArticleText> texts(String where, Map<String, Object> params, int limit) {
        return jdbc.sql("select id, page_id, kicker, title, subtitle, body_html from article where " + where
                        + " order by id limit :limit")
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> new ArticleText(
                        rs.getLong("id"),
                        nullableLong(rs, "page_id"),
                        rs.getString("kicker"),
                        rs.getString("title"),
                        rs.getString("subtitle"),
                        ArticleText.plainText(rs.getString("body_html"))))
                .list();
    }

    List<ArticleTeaser> publishedInChannelExcept(long channelId, long exceptId, int limit) {
        Map<String, Object> params = params();
        params.put("channel", channelId);
        params.put("self", exceptId);
        return teasers(PUBLISHED + " and channel_id = :channel and id <> :self", params, NEWEST, limit, 0);
    }

    private static String inChannels(Collection<Long> channelIds, Map<String, Object> params) {
        return PUBLISHED + " and " + inClause("channel_id", "c", channelIds, params);
    }

    private List<ArticleTeaser> teasers(
            String where, Map<String, Object> params, String order, int limit, long offset) {
        return jdbc.sql("select " + TEASER_COLUMNS + " from article where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRepository::teaser)
                .list();
    }

    long count(ArticleFilter filter, Collection<Long> pageIds) {
        Map<String, Object> params = params();
        return jdbc.sql("select count(*) from article where " + matching(filter, pageIds, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The management list's condition: any status, narrowed by the filter and, when given, the print pages. */
    private static String matching(ArticleFilter filter, Collection<Long> pageIds, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("1 = 1");
        if (filter.channelId() != null) {
            where.add("channel_id = :channel");
            params.put("channel", filter.channelId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            where.add("published_at >= :from");
            params.put("from", filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            where.add("published_at < :to");
            params.put("to", filter.to().toEpochMilli());
        }
        if (pageIds != null) {
            where.add(inClause("page_id", "p", pageIds, params));
        }
        return String.join(" and ", where);
    }

    List<ArticleSummary> summaries(ArticleFilter filter, Collection<Long> pageIds, int limit, long offset) {
        Map<String, Object> params = params();
        return jdbc.sql("select id, channel_id, title, status, updated_at, published_at, page_id, url_date, version"
                        + " from article where " + matching(filter, pageIds, params)
                        + " order by updated_at desc, id desc"
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new ArticleSummary(
                        rs.getLong("id"),
                        rs.getLong("channel_id"),
                        rs.getString("title"),
                        ArticleStatus.valueOf(rs.getString("status")),
                        Instant.ofEpochMilli(rs.getLong("updated_at")),
                        instant(rs, "published_at"),
                        nullableLong(rs, "page_id"),
                        ArticleUrls.of(rs.getLong("id"), date(rs, "url_date")),
                        rs.getInt("version")))
                .list();
    }

    /**
     * Articles in any status whose title contains {@code text} (case-insensitive for Latin letters), most recently
     * changed first, at most {@code limit}. A substring search scans the table; the limit keeps the answer small.
     */
    List<ArticleSummary> withTitleContaining(String text, int limit) {
        String pattern = "%"
                + text.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return jdbc.sql("select id, channel_id, title, status, updated_at, published_at, page_id, url_date, version"
                        + " from article where lower(title) like :pattern escape '\\'"
                        + " order by updated_at desc, id desc limit :limit")
                .param("pattern", pattern)
                .param("limit", limit)
                .query((rs, n) -> new ArticleSummary(
                        rs.getLong("id"),
                        rs.getLong("channel_id"),
                        rs.getString("title"),
                        ArticleStatus.valueOf(rs.getString("status")),
                        Instant.ofEpochMilli(rs.getLong("updated_at")),
                        instant(rs, "published_at"),
                        nullableLong(rs, "page_id"),
                        ArticleUrls.of(rs.getLong("id"), date(rs, "url_date")),
                        rs.getInt("version")))
                .list();
    }

    /**
     * Articles that show an image as lead picture or whose body contains {@code bodyFragment}. The body match scans
     * every article (no index helps a substring search), so the answer is capped at {@code limit} rows, most
     * recently changed first.
     */
    List<ImageUsage> showingImage(long imageId, String bodyFragment, int limit) {
        return jdbc.sql("""
                        select id, title, status,
                               case when lead_image_id = :id then 1 else 0 end as lead,
                               case when body_html like :pattern then 1 else 0 end as in_body
                        from article
                        where lead_image_id = :id or body_html like :pattern
                        order by updated_at desc, id desc
                        limit :limit""")
                .param("id", imageId)
                .param("pattern", "%" + bodyFragment + "%")
                .param("limit", limit)
                .query((rs, n) -> new ImageUsage(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getInt("lead") != 0,
                        rs.getInt("in_body") != 0))
                .list();
    }

    List<PublishedArticle> publishedAmong(Collection<Long> ids) {
        Map<String, Object> params = params();
        return jdbc.sql("select id, title, url_date, published_at, updated_at from article where status = 'PUBLISHED'"
                        + " and " + inClause("id", "i", ids, params))
                .params(params)
                .query(ArticleRepository::published)
                .list();
    }

    boolean anyPublishedInIdRange(long fromId, long toIdExclusive) {
        return jdbc.sql("select id from article where status = 'PUBLISHED' and id >= :lo and id < :hi limit 1")
                .param("lo", fromId)
                .param("hi", toIdExclusive)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    List<IdBlock> publishedIdBlocks(int blockSize) {
        // the block size is written into the statement: PostgreSQL treats "id / $1" and "id / $2" as different
        // expressions and would refuse the grouping
        return jdbc.sql("select id / " + blockSize + " as block, max(updated_at) as modified from article"
                        + " where status = 'PUBLISHED' group by id / " + blockSize)
                .query((rs, n) -> new IdBlock(rs.getLong("block"), Instant.ofEpochMilli(rs.getLong("modified"))))
                .list();
    }

    List<PublishedArticle> publishedInIdRange(long fromId, long toIdExclusive) {
        return jdbc.sql("""
                        select id, title, url_date, published_at, updated_at from article
                        where status = 'PUBLISHED' and id >= :lo and id < :hi order by id""")
                .param("lo", fromId)
                .param("hi", toIdExclusive)
                .query(ArticleRepository::published)
                .list();
    }

    List<PublishedArticle> publishedSince(Instant since, int limit) {
        return jdbc.sql("""
                        select id, title, url_date, published_at, updated_at from article
                        where status = 'PUBLISHED' and published_at >= :since
                        order by published_at desc limit :limit""")
                .param("since", since.toEpochMilli())
                .param("limit", limit)
                .query(ArticleRepository::published)
                .list();
    }

    private static PublishedArticle published(ResultSet rs, int n) throws SQLException {
        return new PublishedArticle(
                rs.getLong("id"),
                rs.getString("title"),
                ArticleUrls.of(rs.getLong("id"), date(rs, "url_date")),
                Instant.ofEpochMilli(rs.getLong("published_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    /** Articles scheduled at or before {@code now}, the earliest first, at most {@code limit}. */
    List<Due> scheduledUpTo(Instant now, int limit) {
        return jdbc.sql("""
                        select id, scheduled_at from article where review_state = 'SCHEDULED' and scheduled_at <= :now
                        order by scheduled_at limit :limit""")
                .param("now", now.toEpochMilli())
                .param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("scheduled_at"))))
                .list();
    }

    record Due(long id, Instant scheduledAt) {}

    boolean seriesPartTaken(long seriesId, int part, long exceptId) {
        return jdbc.sql("""
                        select count(*) from article where series_id = :series and series_part = :part
                          and id <> :except and status <> 'UNPUBLISHED'""")
                        .param("series", seriesId)
                        .param("part", part)
                        .param("except", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private ArticleContent withBylinesAndTags(long id, ArticleContent c) {
        List<Byline> bylines = jdbc.sql(
                        "select role, name from article_byline where article_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new Byline(BylineRole.valueOf(rs.getString("role")), rs.getString("name")))
                .list();
        List<String> tags = jdbc.sql("select tag from article_tag where article_id = :id order by tag")
                .param("id", id)
                .query(String.class)
                .list();
        return new ArticleContent(
                c.channelId(),
                c.kicker(),
                c.title(),
                c.subtitle(),
                c.summary(),
                c.body(),
                c.source(),
                c.rights(),
                c.original(),
                c.leadImage(),
                c.seriesId(),
                c.seriesPart(),
                c.pageId(),
                c.responsibleEditor(),
                bylines,
                tags);
    }

    private static Map<String, Object> params() {
        return new HashMap<>();
    }

    private static String inClause(String column, String prefix, Collection<Long> ids, Map<String, Object> params) {
        List<String> names = new ArrayList<>();
        int i = 0;
        for (Long id : ids) {
            String name = prefix + i++;
            names.add(":" + name);
            params.put(name, id);
        }
        return names.isEmpty() ? "1 = 0" : column + " in (" + String.join(", ", names) + ")";
    }

    private void replaceBylinesAndTags(long id, ArticleContent c) {
        jdbc.sql("delete from article_byline where article_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from article_tag where article_id = :id")
                .param("id", id)
                .update();
        int position = 0;
        for (Byline byline : c.bylines()) {
            jdbc.sql("insert into article_byline (article_id, position, role, name) values (:id, :pos, :role, :name)")
                    .param("id", id)
                    .param("pos", position++)
                    .param("role", byline.role().name())
                    .param("name", byline.name())
                    .update();
        }
        for (String tag : c.tags()) {
            jdbc.sql("insert into article_tag (article_id, tag) values (:id, :tag)")
                    .param("id", id)
                    .param("tag", tag)
                    .update();
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ArticleContent c) {
        Source source = c.source();
        OriginalSource original = c.original();
        LeadImage image = c.leadImage();
        return spec.param("channel", c.channelId())
                .param("kicker", c.kicker())
                .param("title", c.title())
                .param("subtitle", c.subtitle())
                .param("summary", c.summary())
                .param("body", c.body())
                .param("sourceName", source == null ? null : source.name())
                .param("sourceUrl", source == null ? null : source.url())
                .param("rights", c.rights().name())
                .param("outlet", original == null ? null : original.outlet())
                .param("author", original == null ? null : original.author())
                .param("originalTitle", original == null ? null : original.title())
                .param("originalUrl", original == null ? null : original.url())
                .param("image", image == null ? null : image.imageId())
                .param("imageCaption", image == null ? null : image.caption())
                .param("imageCredit", image == null ? null : image.credit())
                .param("series", c.seriesId())
                .param("part", c.seriesPart())
                .param("page", c.pageId())
                .param("editor", c.responsibleEditor());
    }

    private static ArticleRow row(ResultSet rs) throws SQLException {
        String sourceName = rs.getString("source_name");
        String sourceUrl = rs.getString("source_url");
        RightsType rights = RightsType.valueOf(rs.getString("rights"));
        Long imageId = nullableLong(rs, "lead_image_id");
        ArticleContent content = new ArticleContent(
                rs.getLong("channel_id"),
                rs.getString("kicker"),
                rs.getString("title"),
                rs.getString("subtitle"),
                rs.getString("summary"),
                rs.getString("body_html"),
                sourceName == null && sourceUrl == null ? null : new Source(sourceName, sourceUrl),
                rights,
                rights == RightsType.REPRINT
                        ? new OriginalSource(
                                rs.getString("original_outlet"),
                                rs.getString("original_author"),
                                rs.getString("original_title"),
                                rs.getString("original_url"))
                        : null,
                imageId == null
                        ? null
                        : new LeadImage(imageId, rs.getString("lead_image_caption"), rs.getString("lead_image_credit")),
                nullableLong(rs, "series_id"),
                nullableInt(rs, "series_part"),
                nullableLong(rs, "page_id"),
                rs.getString("responsible_editor"),
                List.of(),
                List.of());
        return new ArticleRow(
                rs.getLong("id"),
                content,
                ArticleStatus.valueOf(rs.getString("status")),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                instant(rs, "published_at"),
                date(rs, "url_date"),
                rs.getString("unpublish_reason"),
                rs.getInt("version"),
                rs.getString("author_login"),
                new Article.Review(
                        ReviewState.valueOf(rs.getString("review_state")),
                        rs.getInt("working_revision"),
                        rs.getInt("live_revision"),
                        instant(rs, "scheduled_at"),
                        rs.getString("sent_back_reason")));
    }

    static ArticleTeaser teaser(ResultSet rs, int n) throws SQLException {
        return new ArticleTeaser(
                rs.getLong("id"),
                rs.getLong("channel_id"),
                rs.getString("kicker"),
                rs.getString("title"),
                rs.getString("summary"),
                instant(rs, "published_at"),
                date(rs, "url_date"),
                nullableLong(rs, "lead_image_id"),
                nullableLong(rs, "series_id"),
                nullableInt(rs, "series_part"),
                nullableLong(rs, "page_id"));
    }
}
