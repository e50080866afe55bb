package com.masthead.backoffice.web;

import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.staff.StaffAccounts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The logged-in user's own account: see their roles, change their password. */
@Controller
class AccountController {

    private final BackofficePages pages;
    private final StaffAccounts accounts;

    AccountController(BackofficePages pages, StaffAccounts accounts) {
        this.pages = pages;
        this.accounts = accounts;
    }

    @GetMapping("/admin/account")
    String account(HttpServletRequest request, @RequestParam(required = false) String changed, Model model) {
        return show(request, model, List.of(), changed != null);
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
            return show(request, model, e.problems(), false);
        }
        return "redirect:/admin/account?changed";
    }

    private String show(HttpServletRequest request, Model model, List<FieldProblem> problems, boolean changed) {
        var page = pages.of(request, "backoffice.account.title");
        model.addAttribute("page", page);
        model.addAttribute("account", accounts.findByLogin(page.user().login()).orElseThrow());
        model.addAttribute("errors", FormErrors.of(problems, page.t()));
        model.addAttribute("changed", changed);
        return "admin/account";
    }
}
