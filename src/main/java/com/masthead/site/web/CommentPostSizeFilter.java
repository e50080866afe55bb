package com.masthead.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a comment post whose body is larger than the container parses (2 MB) with 413 and the site's error
 * page, before anything reads it. Smaller oversized fields get field-level errors from the form itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CommentPostSizeFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Pattern COMMENT_POST =
            Pattern.compile("/news/\\d+/\\d+/\\d+/\\d+/comments|/comments/\\d+/report");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !COMMENT_POST.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
