package com.masthead.redirect.web;

import com.masthead.backoffice.BackofficePages;
import com.masthead.redirect.OldAddresses;
import com.masthead.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The old addresses for administrators: each with where it leads and what recorded it, the latest first. */
@Controller
class RedirectAdminController {

    static final String PATH = "/admin/redirects";
    private static final int PAGE_SIZE = 50;

    private final BackofficePages pages;
    private final OldAddresses addresses;

    RedirectAdminController(BackofficePages pages, OldAddresses addresses) {
        this.pages = pages;
        this.addresses = addresses;
    }

    @GetMapping(PATH)
    String list(HttpServletRequest request, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", pages.of(request, "redirect.title"));
        model.addAttribute("rows", addresses.list(PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        return "admin/redirect/list";
    }
}
