package com.masthead.pagecache.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.SiteTimeZone;
import com.masthead.pagecache.PurgeQueue;
import com.masthead.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The purge queue for administrators: how many purges wait and failed over all instances, the failed ones (dead
 * letters) with URL, attempts and last error, and retrying or discarding each.
 */
@Controller
class PurgeAdminController {

    static final String PATH = "/admin/purges";
    private static final int PAGE_SIZE = 50;

    private final BackofficePages pages;
    private final PurgeQueue queue;
    private final SiteTimeZone zone;

    PurgeAdminController(BackofficePages pages, PurgeQueue queue, SiteTimeZone zone) {
        this.pages = pages;
        this.queue = queue;
        this.zone = zone;
    }

    @GetMapping(PATH)
    String list(
            HttpServletRequest request,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String done,
            Model model) {
        BackofficePage frame = pages.of(request, "structure.purges.title");
        model.addAttribute("page", frame);
        model.addAttribute(
                "view",
                PurgeListView.of(
                        queue.counts(), queue.failed(PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)), zone.current()));
        model.addAttribute(
                "notice",
                "retried".equals(done) || "discarded".equals(done) ? frame.t().get("structure.purges." + done) : null);
        return "admin/pagecache/purges";
    }

    @PostMapping(PATH + "/{id}/retry")
    String retry(@PathVariable long id) {
        queue.retry(id);
        return "redirect:" + PATH + "?done=retried";
    }

    @PostMapping(PATH + "/{id}/discard")
    String discard(@PathVariable long id) {
        queue.discard(id);
        return "redirect:" + PATH + "?done=discarded";
    }
}
