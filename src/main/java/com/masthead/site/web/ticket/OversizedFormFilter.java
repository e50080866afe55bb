package com.masthead.site.web.ticket;

import com.masthead.system.UploadProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A ticket form post larger than the server takes ({@code masthead.uploads.max-request-size}, a huge attachment)
 * is not read at all, not even its CSRF token, and would end in a bare 413. This filter runs before security, sees the declared
 * length, and sends the reader back to the form (303) with a message that names the attachment instead. The
 * reader's values are lost in that case only; the form's script checks the file size before sending.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5) // before system.UploadSizeLimitFilter, which would answer a bare 413
class OversizedFormFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "too-large";
    private static final Set<String> FORMS =
            Set.of("/corrections/new", "/reprints/new", "/corrections/status", "/reprints/status");

    private final long limit;

    // the upload limit of every address but the issue PDF uploads (masthead.uploads.max-request-size)
    OversizedFormFilter(UploadProperties uploads) {
        this.limit = uploads.maxRequestSize().toBytes();
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
