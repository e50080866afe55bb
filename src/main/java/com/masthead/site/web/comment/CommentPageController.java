package com.masthead.site.web.comment;

import com.masthead.article.Article;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleStatus;
import com.masthead.comment.Client;
import com.masthead.comment.CommentPosting;
import com.masthead.comment.CommentReading;
import com.masthead.comment.CommentRefusedException;
import com.masthead.comment.CommentRules;
import com.masthead.comment.CommentSubmission;
import com.masthead.comment.PostedComment;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.PageResult;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.PageGoneException;
import com.masthead.site.web.PageMissingException;
import com.masthead.site.web.Text;
import com.masthead.system.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Reader comment pages. Cached, tagged with what they show: all comments of an article
 * ({@code /news/…/<id>/comments?page=n}) and the latest comments site-wide ({@code /comments?page=n}). Never cached,
 * because they carry a CSRF token: the stand-alone form ({@code …/comments/new}, for readers without JavaScript)
 * and the report confirmation ({@code /comments/<id>/report}). Posting answers 303 to a confirmation, or the form
 * again with field errors (400), or a refusal (403 closed or banned, 429 with {@code Retry-After}).
 */
@Controller
public class CommentPageController {

    private static final String ARTICLE_COMMENTS = "/news/{year:\\d+}/{month:\\d+}/{day:\\d+}/{id:\\d+}/comments";

    private final ArticleReading articles;
    private final CommentPages pages;
    private final CommentPosting posting;
    private final CommentReading reading;
    private final ClientAddress clientAddress;
    private final LayoutModels layouts;

    CommentPageController(
            ArticleReading articles,
            CommentPages pages,
            CommentPosting posting,
            CommentReading reading,
            ClientAddress clientAddress,
            LayoutModels layouts) {
        this.articles = articles;
        this.pages = pages;
        this.posting = posting;
        this.reading = reading;
        this.clientAddress = clientAddress;
        this.layouts = layouts;
    }

    @GetMapping(ARTICLE_COMMENTS)
    Object articleComments(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        Article article = published(id, request);
        String base = CommentPages.base(article);
        if (!request.getRequestURI().equals(base)) {
            return permanentRedirect(base);
        }
        Text t = layouts.text();
        PageResult<CommentView> comments = pages.forArticle(article, Math.max(1, page));
        String title = article.content().title();
        model.addAttribute("layout", layouts.of(request, t.get("comments.article.heading", title), null, base));
        model.addAttribute(
                "page", new CommentListPage(t.get("comments.heading"), title, article.url(), comments, base));
        return "site/comments/list";
    }

    @GetMapping("/comments")
    String latest(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Text t = layouts.text();
        PageResult<CommentView> comments = pages.latest(Math.max(1, page));
        model.addAttribute("layout", layouts.of(request, t.get("comments.latest.heading"), null, "/comments"));
        model.addAttribute(
                "page", new CommentListPage(t.get("comments.latest.heading"), null, null, comments, "/comments"));
        return "site/comments/list";
    }

    /** The stand-alone form with a token: the way in for readers without JavaScript. */
    @GetMapping(ARTICLE_COMMENTS + "/new")
    Object newComment(
            @PathVariable long id,
            @RequestParam(required = false) String expired,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Article article = published(id, request);
        if (!request.getRequestURI().equals(CommentPages.base(article) + "/new")) {
            return permanentRedirect(CommentPages.base(article) + "/new");
        }
        CommentRules rules = pages.rules(article);
        Text t = layouts.text();
        String notice =
                !rules.open() ? t.get("comments.closed") : expired != null ? t.get("comments.form.expired") : null;
        return formPage(article, rules, null, null, null, Map.of(), notice, request, response, model);
    }

    @PostMapping(ARTICLE_COMMENTS)
    Object post(
            @PathVariable long id,
            @RequestParam(required = false) String nickname,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String website,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Article article = published(id, request);
        if (!request.getRequestURI().equals(CommentPages.base(article))) {
            throw new PageMissingException(request.getRequestURI());
        }
        Client client = new Client(clientAddress.of(request), request.getHeader("User-Agent"));
        CommentRules rules = pages.rules(article);
        Text t = layouts.text();
        try {
            PostedComment posted =
                    posting.post(article, new CommentSubmission(id, nickname, text, contact, website), client);
            return seeOther(CommentPages.base(article) + "/posted" + (posted.visible() ? "?visible=1" : ""));
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                errors.merge(p.field(), t.get(p.messageKey(), p.arguments()), (a, b) -> a + " " + b);
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(
                    article,
                    rules,
                    nickname,
                    text,
                    contact,
                    errors,
                    t.get("comments.form.errors"),
                    request,
                    response,
                    model);
        } catch (CommentRefusedException e) {
            Long retry = e.retryAfterSeconds();
            response.setStatus(retry == null ? HttpStatus.FORBIDDEN.value() : HttpStatus.TOO_MANY_REQUESTS.value());
            String notice = t.get(e.messageKey());
            if (retry != null) {
                response.setHeader("Retry-After", String.valueOf(retry));
                notice = notice + " " + t.get("comments.retry-after", CommentPages.waitText(retry, t));
            }
            return formPage(article, rules, nickname, text, contact, Map.of(), notice, request, response, model);
        }
    }

    @GetMapping(ARTICLE_COMMENTS + "/posted")
    String posted(
            @PathVariable long id,
            @RequestParam(required = false) String visible,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Article article = published(id, request);
        response.setHeader("Cache-Control", "no-store");
        Text t = layouts.text();
        model.addAttribute("layout", layouts.of(request, t.get("comments.posted.heading"), null, null));
        model.addAttribute(
                "page",
                new CommentMessagePage(
                        t.get("comments.posted.heading"),
                        t.get(visible != null ? "comments.posted.visible" : "comments.posted.pending"),
                        article.url() + "#comments",
                        t.get("comments.back-to-article")));
        return "site/comments/message";
    }

    @GetMapping("/comments/{id:\\d+}/report")
    String reportForm(
            @PathVariable long id,
            @RequestParam(required = false) String expired,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        CommentView comment =
                reading.find(id).map(pages::view).orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        Text t = layouts.text();
        model.addAttribute("layout", layouts.of(request, t.get("comments.report.heading"), null, null));
        model.addAttribute(
                "page",
                new CommentReportPage(
                        comment,
                        "/comments/" + id + "/report",
                        CommentPages.token(request, response),
                        expired != null ? t.get("comments.form.expired") : null));
        return "site/comments/report";
    }

    @PostMapping("/comments/{id:\\d+}/report")
    Object report(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Client client = new Client(clientAddress.of(request), request.getHeader("User-Agent"));
        try {
            posting.report(id, client);
        } catch (CommentRefusedException e) {
            Text t = layouts.text();
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("layout", layouts.of(request, t.get("comments.report.heading"), null, null));
            model.addAttribute(
                    "page",
                    new CommentMessagePage(
                            t.get("comments.report.heading"),
                            t.get(e.messageKey()) + " "
                                    + t.get("comments.retry-after", CommentPages.waitText(e.retryAfterSeconds(), t)),
                            "/",
                            t.get("site.error.back-home")));
            return "site/comments/message";
        }
        return seeOther("/comments/reported");
    }

    @GetMapping("/comments/reported")
    String reported(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Text t = layouts.text();
        model.addAttribute("layout", layouts.of(request, t.get("comments.report.heading"), null, null));
        model.addAttribute(
                "page",
                new CommentMessagePage(
                        t.get("comments.report.heading"),
                        t.get("comments.report.done"),
                        "/",
                        t.get("site.error.back-home")));
        return "site/comments/message";
    }

    private String formPage(
            Article article,
            CommentRules rules,
            String nickname,
            String text,
            String contact,
            Map<String, String> errors,
            String notice,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Text t = layouts.text();
        CommentForm form = rules.open()
                ? pages.form(
                        article, rules, nickname, text, contact, errors, notice, CommentPages.token(request, response))
                : null;
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("layout", layouts.of(request, t.get("comments.form.heading"), null, null));
        model.addAttribute(
                "page",
                new CommentFormPage(article.content().title(), article.url(), form, form == null ? notice : null));
        return "site/comments/form";
    }

    private Article published(long id, HttpServletRequest request) {
        Article article = articles.find(id).orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        if (article.status() == ArticleStatus.UNPUBLISHED) {
            throw new PageGoneException(request.getRequestURI());
        }
        if (!article.isPublished()) {
            throw new PageMissingException(request.getRequestURI());
        }
        return article;
    }

    private static RedirectView permanentRedirect(String to) {
        return redirect(to, HttpStatus.MOVED_PERMANENTLY);
    }

    public static RedirectView seeOther(String to) {
        return redirect(to, HttpStatus.SEE_OTHER);
    }

    private static RedirectView redirect(String to, HttpStatus status) {
        RedirectView redirect = new RedirectView(to);
        redirect.setStatusCode(status);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
