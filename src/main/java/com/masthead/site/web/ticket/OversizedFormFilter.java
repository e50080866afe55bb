package com.masthead.site.web.ticket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A ticket form post larger than the servlet container will parse (a huge attachment) cannot be read at all, not
 * even its CSRF token, and would end in a bare refusal. This filter runs before security, sees the declared
 * length, and sends the reader back to the form (303) with a message that names the attachment instead. The
 * reader's values are lost in that case only; the form's script checks the file size before sending.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OversizedFormFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "too-large";
    private static final Set<String> FORMS =
            Set.of("/corrections/new", "/reprints/new", "/corrections/status", "/reprints/status");

    private final long limit;

    // Spring Boot's own multipart settings (spring.servlet.multipart.*), defaults included
    OversizedFormFilter(MultipartProperties multipart) {
        this.limit = Math.min(
                multipart.getMaxFileSize().toBytes(),
                multipart.getMaxRequestSize().toBytes());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !FORMS.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + "?error=" + TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
