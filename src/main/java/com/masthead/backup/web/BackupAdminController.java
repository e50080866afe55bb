package com.masthead.backup.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.SiteTimeZone;
import com.masthead.backup.BackupRuns;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Backups for administrators ({@code /admin/backups}): the backups in the backup directory (time, size, whether
 * the audit chain verified), "back up now", and a progress bar for the running backup that refreshes itself from
 * {@code /admin/backups/status.json} (a script; without it, a meta refresh), so a second tab shows the same run and
 * a failure with its reason.
 */
@Controller
class BackupAdminController {

    static final String PATH = "/admin/backups";

    private final BackofficePages pages;
    private final BackupRuns runs;
    private final SiteTimeZone zone;

    BackupAdminController(BackofficePages pages, BackupRuns runs, SiteTimeZone zone) {
        this.pages = pages;
        this.runs = runs;
        this.zone = zone;
    }

    @GetMapping(PATH)
    String list(HttpServletRequest request, @RequestParam(required = false) String done, Model model) {
        BackofficePage frame = pages.of(request, "backup.title");
        model.addAttribute("page", frame);
        model.addAttribute(
                "view",
                BackupPageView.of(BackupStatusResponse.of(runs.status(), frame.t()), runs.backups(), zone.current()));
        model.addAttribute("notice", "busy".equals(done) ? frame.t().get("backup.busy") : null);
        return "admin/backup/backups";
    }

    @PostMapping(PATH)
    String start() {
        return "redirect:" + PATH + (runs.start() ? "" : "?done=busy");
    }

    @GetMapping(PATH + "/status.json")
    ResponseEntity<BackupStatusResponse> status() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(BackupStatusResponse.of(runs.status(), pages.text()));
    }
}
