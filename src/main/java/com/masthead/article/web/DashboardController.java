package com.masthead.article.web;

import com.masthead.article.ChannelScope;
import com.masthead.article.WorkItem;
import com.masthead.article.WorkLists;
import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.settings.SiteSettingsService;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The newsroom's start page: my drafts, what came back to me, my review queue, scheduled, recently published; for
 * an admin, the first-run checklist, a warning while the public base URL is unset, and (without an editorial role)
 * why 稿件 is closed to them.
 */
@Controller
class DashboardController {

    private static final int LIMIT = 20;

    private final BackofficePages pages;
    private final WorkLists lists;
    private final ChannelScope scope;
    private final WorkItemViews views;
    private final SiteSettingsService settings;
    private final SetupChecklist setup;
    private final Clock clock;

    DashboardController(
            BackofficePages pages,
            WorkLists lists,
            ChannelScope scope,
            WorkItemViews views,
            SiteSettingsService settings,
            SetupChecklist setup,
            Clock clock) {
        this.pages = pages;
        this.lists = lists;
        this.scope = scope;
        this.views = views;
        this.settings = settings;
        this.setup = setup;
        this.clock = clock;
    }

    @GetMapping("/admin/")
    String dashboard(HttpServletRequest request, Model model) {
        BackofficePage page = pages.of(request, "newsroom.dashboard.title");
        StaffMember me = page.user();
        List<WorkItem> queue = lists.reviewQueue(me, scope);
        model.addAttribute("page", page);
        model.addAttribute("drafts", views.of(lists.drafts(me.login(), LIMIT), page.t()));
        model.addAttribute("sentBack", views.of(lists.sentBack(me.login(), LIMIT), page.t()));
        model.addAttribute("queue", views.of(queue.subList(0, Math.min(queue.size(), 50)), page.t()));
        model.addAttribute("queueCount", queue.size());
        model.addAttribute("scheduled", views.of(lists.scheduled(LIMIT), page.t()));
        model.addAttribute("published", views.of(lists.recentlyPublished(10), page.t()));
        model.addAttribute("now", clock.instant());
        boolean admin = me.has(StaffRole.ADMIN);
        boolean baseUrlMissing = admin && settings.baseUrlMissing();
        model.addAttribute("setup", admin ? setup.items() : List.<SetupItem>of());
        model.addAttribute(
                "separationOfDuties", admin && StaffRole.WRITERS.stream().noneMatch(me::has));
        model.addAttribute(
                "placeholderBaseUrl", baseUrlMissing ? settings.current().baseUrl() : null);
        return "admin/article/dashboard";
    }
}
