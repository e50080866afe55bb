package com.masthead.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses multipart and PDF bodies over {@code masthead.uploads.max-request-size} with 413 from their declared
 * length, before anything reads them or buffers them to disk, except at the large-upload addresses (the issue
 * PDFs). Chunked bodies without a declared length are refused at ordinary addresses too (browsers always
 * declare it).
 * The API gets a problem document in the caller's language; pages get the site's error page. Runs before
 * security, so an oversized anonymous upload costs nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeLimitFilter extends OncePerRequestFilter {

    private final UploadProperties uploads;
    private final PayloadTooLargeProblem problems;
    private final AntPathMatcher paths = new AntPathMatcher();

    UploadSizeLimitFilter(UploadProperties uploads, PayloadTooLargeProblem problems) {
        this.uploads = uploads;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("multipart/") && !lower.startsWith("application/pdf")) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return uploads.largeUploadPaths().stream().anyMatch(pattern -> paths.match(pattern, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        long max = uploads.maxRequestSize().toBytes();
        boolean undeclared = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length <= max && !undeclared) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Connection", "close");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        problems.write(request, response, max);
    }
}
