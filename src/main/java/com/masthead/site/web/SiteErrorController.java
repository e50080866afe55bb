package com.masthead.site.web;

import com.masthead.site.web.comment.CommentPageController;
import com.masthead.site.web.comment.CommentPages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error path, reached only by errors raised outside MVC handlers (filters, the
 * container itself). Renders the site's error page, never a framework page or a stack trace.
 */
@Controller
class SiteErrorController implements ErrorController {

    private final SiteErrorPages pages;

    SiteErrorController(SiteErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : 500;
        // A comment or report posted without a valid CSRF token (no JavaScript on a cached page, an expired
        // cookie) goes to the same form on a page that carries a token.
        String retry = code == 403 ? CommentPages.formWithToken(request) : null;
        if (retry != null) {
            return CommentPageController.seeOther(retry);
        }
        return pages.render(code, request, response, model);
    }
}
