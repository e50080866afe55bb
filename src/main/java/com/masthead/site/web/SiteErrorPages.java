package com.masthead.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the site's error page for a status, in the reader's language. */
@Component
class SiteErrorPages {

    private final LayoutModels layouts;

    SiteErrorPages(LayoutModels layouts) {
        this.layouts = layouts;
    }

    String render(int status, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(status, null, request, response, model);
    }

    /** The 503 page: a service this page needs is down; {@code messageKey} says which in the reader's words. */
    String unavailable(String messageKey, HttpServletRequest request, HttpServletResponse response, Model model) {
        Text t = layouts.text();
        response.setStatus(503);
        model.addAttribute("layout", layouts.of(request, t.get("site.error.503.heading"), null, null));
        model.addAttribute("page", new ErrorPageModel(503, t.get("site.error.503.heading"), t.get(messageKey), null));
        return "site/error";
    }

    /** A 400 (or other) page that names the submitted field at fault; {@code field} may be null. */
    String render(int status, String field, HttpServletRequest request, HttpServletResponse response, Model model) {
        Text t = layouts.text();
        String key = switch (status) {
            case 404, 410, 400, 403, 405, 413 -> "site.error." + status;
            case 406, 415 -> "site.error.400";
            default -> "site.error.500";
        };
        response.setStatus(status);
        model.addAttribute("layout", layouts.of(request, t.get(key + ".heading"), null, null));
        model.addAttribute(
                "page",
                new ErrorPageModel(
                        status,
                        t.get(key + ".heading"),
                        t.get(key + ".message"),
                        field == null ? null : t.get("site.error.field", field)));
        return "site/error";
    }
}
