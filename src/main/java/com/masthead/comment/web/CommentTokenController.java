package com.masthead.comment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /comments/token}: the CSRF token for the comment and report forms of a cached page, fetched by
 * {@code /assets/comments.js}. Answering sets the {@code XSRF-TOKEN} cookie when the reader has none; the answer
 * itself is never cached anywhere.
 */
@RestController
class CommentTokenController {

    @GetMapping("/comments/token")
    Map<String, String> token(CsrfToken token, HttpServletResponse response) {
        // Set directly: the page cache filter has already put a shareable Cache-Control on this GET.
        response.setHeader("Cache-Control", "no-store");
        return Map.of(
                "parameterName", token.getParameterName(),
                "headerName", token.getHeaderName(),
                "token", token.getToken());
    }
}
