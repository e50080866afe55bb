package com.masthead.archive.web;

import com.masthead.archive.ArchiveExports;
import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.security.Principal;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The export page ({@code /admin/archive}, administrators): starts an export of the whole site, shows its
 * progress bar (refreshed from {@code /admin/archive/export.json}, so another tab can watch it too), the reason
 * when it failed, and the download link when it is done.
 */
@Controller
class ArchiveAdminController {

    static final String PATH = "/admin/archive";

    private final BackofficePages pages;
    private final ArchiveExports exports;

    ArchiveAdminController(BackofficePages pages, ArchiveExports exports) {
        this.pages = pages;
        this.exports = exports;
    }

    @GetMapping(PATH)
    String page(HttpServletRequest request, Model model) {
        BackofficePage frame = pages.of(request, "archive.title");
        model.addAttribute("page", frame);
        model.addAttribute("job", ExportView.of(exports.current().orElse(null)));
        return "admin/archive/export";
    }

    @PostMapping(PATH + "/export")
    String start(Principal principal) {
        exports.start(principal.getName());
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/export.json")
    ResponseEntity<ExportView> progress() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(ExportView.of(exports.current().orElse(null)));
    }

    @GetMapping(PATH + "/exports/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path file = exports.file(name).orElseThrow(() -> new NotFoundException("archive", name));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
