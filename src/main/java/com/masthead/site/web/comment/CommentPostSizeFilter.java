package com.masthead.site.web.comment;

import com.masthead.article.ArticleUrls;
import com.masthead.site.web.ErrorPageModel;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.Text;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a comment or report post whose body is larger than the container parses (2 MB) with 413 and the site's
 * error page, before anything reads it. Smaller oversized fields get field-level errors from the form itself. The
 * page is written here rather than through the container's error dispatch, where the unparsable body would make
 * any look at a request parameter fail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CommentPostSizeFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Pattern REPORT_POST = Pattern.compile("/comments/\\d+/report");

    private final TemplateEngine templates;
    private final LayoutModels layouts;

    CommentPostSizeFilter(TemplateEngine templates, LayoutModels layouts) {
        this.templates = templates;
        this.layouts = layouts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !isCommentPost(request.getRequestURI());
    }

    private static boolean isCommentPost(String path) {
        return ArticleUrls.parseComments(path).isPresent()
                || REPORT_POST.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= MAX_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        Text t = layouts.text();
        String heading = t.get("site.error.413.heading");
        StringOutput page = new StringOutput();
        templates.render(
                "site/error.jte",
                Map.of(
                        "layout",
                        layouts.of(request, heading, null, null),
                        "page",
                        new ErrorPageModel(413, heading, t.get("site.error.413.message"))),
                page);
        byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Connection", "close"); // the rest of the body is not worth reading
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
