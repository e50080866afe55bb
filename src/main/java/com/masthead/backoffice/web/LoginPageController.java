package com.masthead.backoffice.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff login form. Spring Security handles the POST; failures come back here: "try again in N seconds" for
 * a throttled attempt, one message for every other failure.
 */
@Controller
class LoginPageController {

    private final BackofficePages pages;

    LoginPageController(BackofficePages pages) {
        this.pages = pages;
    }

    @GetMapping("/login")
    String login(
            HttpServletRequest request,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) Integer seconds,
            @RequestParam(required = false) String logout,
            @RequestParam(required = false) String expired,
            Model model) {
        BackofficePage page = pages.of(request, "backoffice.login.title");
        String message = null;
        if ("throttled".equals(error)) {
            message = page.t().get("backoffice.login.throttled", seconds == null ? 60 : Math.max(1, seconds));
        } else if (error != null) {
            message = page.t().get("backoffice.login.failed");
        }
        String notice = null;
        if (logout != null) {
            notice = page.t().get("backoffice.login.logged-out");
        } else if (expired != null) {
            notice = page.t().get("backoffice.login.expired");
        }
        model.addAttribute("page", page);
        model.addAttribute("error", message);
        model.addAttribute("notice", notice);
        return "admin/login";
    }
}
