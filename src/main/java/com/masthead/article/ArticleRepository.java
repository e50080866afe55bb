package com.masthead.article;

import static com.masthead.shared.Rows.date;
import static com.masthead.shared.Rows.instant;
import static com.masthead.shared.Rows.nullableInt;
import static com.masthead.shared.Rows.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the article aggregate's rows with their bylines and tags. Reads of one article take three indexed queries.
 * The read models live beside it: {@link PublishedArticleRepository} (what readers see) and {@link
 * ArticleListRepository} (the newsroom's list and the media library's where-used scan).
 */
@Repository
class ArticleRepository {

    private static final String ROW_COLUMNS = """
            id, channel_id, kicker, title, subtitle, summary, body_html, source_name, source_url, rights,
            original_outlet, original_author, original_title, original_url, lead_image_id, lead_image_caption,
            lead_image_credit, series_id, series_part, page_id, responsible_editor, status, created_at, updated_at,
            published_at, url_date, unpublish_reason, version, author_login, review_state, working_revision,
            live_revision, scheduled_at, sent_back_reason""";

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
                        "select role, name, prefix, suffix from article_byline where article_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new Byline(
                        BylineRole.valueOf(rs.getString("role")),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        rs.getString("suffix")))
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

    private void replaceBylinesAndTags(long id, ArticleContent c) {
        jdbc.sql("delete from article_byline where article_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from article_tag where article_id = :id")
                .param("id", id)
                .update();
        int position = 0;
        for (Byline byline : c.bylines()) {
            jdbc.sql("""
                    insert into article_byline (article_id, position, role, name, prefix, suffix)
                    values (:id, :pos, :role, :name, :prefix, :suffix)""")
                    .param("id", id)
                    .param("pos", position++)
                    .param("role", byline.role().name())
                    .param("name", byline.name())
                    .param("prefix", byline.prefix())
                    .param("suffix", byline.suffix())
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
                new ReviewProgress(
                        ReviewState.valueOf(rs.getString("review_state")),
                        rs.getInt("working_revision"),
                        rs.getInt("live_revision"),
                        instant(rs, "scheduled_at"),
                        rs.getString("sent_back_reason")));
    }
}
