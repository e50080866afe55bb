package com.masthead.backoffice.web;

import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffSessions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The logged-in user's own account: see their roles, change their password (required first after a generated or
 * reset password), log out their other sessions. Both changes end every other session of the account and give
 * this one a new id.
 */
@Controller
class AccountController {

    private final BackofficePages pages;
    private final StaffAccounts accounts;
    private final StaffSessions sessions;

    AccountController(BackofficePages pages, StaffAccounts accounts, StaffSessions sessions) {
        this.pages = pages;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping("/admin/account")
    String account(
            HttpServletRequest request,
            @RequestParam(required = false) String changed,
            @RequestParam(required = false) String ended,
            Model model) {
        String notice = null;
        if (changed != null) {
            notice = "backoffice.account.password-changed";
        } else if (ended != null) {
            notice = "backoffice.account.sessions-ended";
        }
        return show(request, model, List.of(), notice);
    }

    @PostMapping("/admin/account/password")
    String changePassword(
            HttpServletRequest request,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String repeatPassword,
            Model model) {
        String login = BackofficePages.currentMember().login();
        try {
            if (!newPassword.equals(repeatPassword)) {
                throw new InvalidInputException("repeatPassword", "staff.password.mismatch");
            }
            accounts.changePassword(login, currentPassword, newPassword);
        } catch (InvalidInputException e) {
            return show(request, model, e.problems(), null);
        }
        sessions.renew(request, login);
        return "redirect:/admin/account?changed";
    }

    @PostMapping("/admin/account/sessions")
    String endOtherSessions(HttpServletRequest request) {
        String login = BackofficePages.currentMember().login();
        accounts.endSessions(login);
        sessions.renew(request, login);
        return "redirect:/admin/account?ended";
    }

    private String show(HttpServletRequest request, Model model, List<FieldProblem> problems, String noticeKey) {
        var page = pages.of(request, "backoffice.account.title");
        String login = page.user().login();
        model.addAttribute("page", page);
        model.addAttribute("account", accounts.findByLogin(login).orElseThrow());
        model.addAttribute("errors", FormErrors.of(problems, page.t()));
        model.addAttribute("notice", noticeKey == null ? null : page.t().get(noticeKey));
        model.addAttribute("mustChange", accounts.mustChangePassword(login));
        return "admin/account";
    }
}
