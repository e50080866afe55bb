package com.masthead.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON request bodies over {@code masthead.max-json-body-bytes} with 413 before anything reads them.
 * Requests without a declared length (chunked) are refused too: API clients always know their body size.
 * Multipart uploads have their own limits ({@code spring.servlet.multipart.*}). The problem document is UTF-8
 * and in the caller's language (runs before Spring MVC, so it asks the locale resolver itself).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final PayloadTooLargeProblem problems;

    RequestBodyLimitFilter(MastheadProperties properties, PayloadTooLargeProblem problems) {
        this.maxBytes = properties.maxJsonBodyBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes || (length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding")))) {
            problems.write(request, response, maxBytes);
            return;
        }
        chain.doFilter(request, response);
    }
}
