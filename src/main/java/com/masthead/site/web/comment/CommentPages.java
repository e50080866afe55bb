package com.masthead.site.web.comment;

import com.masthead.article.Article;
import com.masthead.article.ArticleUrls;
import com.masthead.comment.CommentProperties;
import com.masthead.comment.CommentReading;
import com.masthead.comment.CommentRules;
import com.masthead.comment.CommentSettings;
import com.masthead.comment.PublicComment;
import com.masthead.pagecache.PageTags;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.PageResult;
import com.masthead.site.web.SiteFormat;
import com.masthead.site.web.Text;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Builds the comment parts of public pages: the block under an article (one query, comment rules from memory), the
 * form, comment rows. Records the page tags of what it shows: {@code article:<id>} and {@code block:comments}
 * for comments of an article, {@code block:latest-comments} plus a teaser tag per article for the site-wide list.
 */
@Component
public class CommentPages {

    private final CommentReading reading;
    private final CommentSettings settings;
    private final CommentProperties limits;
    private final SiteSettingsService site;

    CommentPages(CommentReading reading, CommentSettings settings, CommentProperties limits, SiteSettingsService site) {
        this.reading = reading;
        this.settings = settings;
        this.limits = limits;
        this.site = site;
    }

    /** {@code /news/yyyy/MM/dd/<id>/comments}: the base of an article's comment addresses. */
    static String base(Article article) {
        return ArticleUrls.commentsOf(article.id(), article.urlDate());
    }

    CommentRules rules(Article article) {
        return settings.rulesFor(article.content().channelId());
    }

    /** The block under an article; its form has an empty token, for the page is cached. */
    public CommentsBlock block(Article article, Text t) {
        PageTags.add("article", article.id());
        PageTags.add(PageTags.COMMENTS);
        PageResult<PublicComment> first = reading.forArticle(article.id(), 1);
        CommentRules rules = rules(article);
        return new CommentsBlock(
                first.total(),
                first.items().stream().map(this::view).toList(),
                base(article),
                first.hasNext(),
                rules.open() ? form(article, rules, null, null, null, Map.of(), null, "") : null);
    }

    PageResult<CommentView> forArticle(Article article, int page) {
        PageTags.add("article", article.id());
        PageTags.add(PageTags.COMMENTS);
        return reading.forArticle(article.id(), page).map(this::view);
    }

    PageResult<CommentView> latest(int page) {
        PageTags.add(PageTags.LATEST_COMMENTS);
        PageTags.add(PageTags.COMMENTS);
        PageResult<PublicComment> comments = reading.latest(page);
        comments.items().forEach(c -> PageTags.add("teaser", c.articleId()));
        return comments.map(this::view);
    }

    CommentForm form(
            Article article,
            CommentRules rules,
            String nickname,
            String text,
            String contact,
            Map<String, String> errors,
            String notice,
            String csrfToken) {
        return new CommentForm(
                base(article),
                base(article) + "/new",
                rules.preModerated(),
                limits.maxLength(),
                limits.maxNicknameLength(),
                limits.maxContactLength(),
                nickname,
                text,
                contact,
                errors,
                notice,
                csrfToken);
    }

    CommentView view(PublicComment c) {
        ZoneId zone = site.current().timeZone();
        return new CommentView(
                c.id(),
                c.nickname(),
                SiteFormat.dateTime(c.createdAt(), zone),
                c.segments(),
                "/comments/" + c.id() + "/report",
                c.articleTitle(),
                c.articleUrl() == null ? null : c.articleUrl() + "#comment-" + c.id());
    }

    /**
     * Marks a response that renders a token as private to this reader and returns the token for the {@code _csrf}
     * field (rendering it sets the {@code XSRF-TOKEN} cookie when missing).
     */
    static String token(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Object token = request.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            token = request.getAttribute("_csrf");
        }
        return token instanceof CsrfToken csrf ? csrf.getToken() : "";
    }

    /** A wait in words: seconds under a minute, else minutes, else hours (rounded up). */
    static String waitText(Long seconds, Text t) {
        long s = seconds == null ? 60 : seconds;
        if (s < 60) {
            return t.get("comments.wait.seconds", s);
        }
        if (s < 3600) {
            return t.get("comments.wait.minutes", (s + 59) / 60);
        }
        return t.get("comments.wait.hours", (s + 3599) / 3600);
    }

    private static final Pattern REPORT_POST = Pattern.compile("/comments/\\d+/report");

    /**
     * For a comment or report post refused with 403 (only the CSRF check refuses these addresses, and only posts),
     * the page that shows the same form with a token; null for any other request. Called on the error dispatch,
     * where the original method is no longer visible.
     */
    public static String formWithToken(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path)) {
            return null;
        }
        if (ArticleUrls.parseComments(path).isPresent()) {
            return path + "/new?expired=1";
        }
        if (REPORT_POST.matcher(path).matches()) {
            return path + "?expired=1";
        }
        return null;
    }
}
