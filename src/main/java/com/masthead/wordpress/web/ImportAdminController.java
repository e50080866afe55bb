package com.masthead.wordpress.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.wordpress.ImportProgress;
import com.masthead.wordpress.ImportRequest;
import com.masthead.wordpress.WordPressImport;
import com.masthead.wordpress.WordPressProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff side of WordPress imports: the upload form with the latest imports ({@code /admin/import/wordpress}),
 * and an import's page ({@code /admin/import/wordpress/{id}}): its progress bar, which follows
 * {@code /admin/import/wordpress/{id}.json} (a script; without it, a meta refresh) and can be watched from any
 * tab, the reason when it failed, and its kept report when done.
 */
@Controller
class ImportAdminController {

    static final String PATH = "/admin/import/wordpress";
    private static final int RECENT = 10;
    // the container's multipart limit (spring.servlet.multipart.max-file-size) caps the zip sent through the page
    private static final long MAX_ZIP_BYTES = 200L << 20;

    private final BackofficePages pages;
    private final WordPressImport imports;
    private final WordPressProperties properties;
    private final MessageSource messages;

    ImportAdminController(
            BackofficePages pages, WordPressImport imports, WordPressProperties properties, MessageSource messages) {
        this.pages = pages;
        this.imports = imports;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(HttpServletRequest request, Model model) {
        return form(request, model, List.of());
    }

    @PostMapping(PATH)
    String upload(
            HttpServletRequest request,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "uploads", required = false) MultipartFile uploads,
            Model model) {
        Path wxr = null;
        try {
            wxr = ImportUploads.save(
                    file, "file", true, properties.maxFileSize().toBytes());
            Path zip = ImportUploads.save(
                    uploads,
                    "uploads",
                    false,
                    Math.min(MAX_ZIP_BYTES, properties.maxUploadsSize().toBytes()));
            long id = imports.start(new ImportRequest(
                    wxr,
                    file.getOriginalFilename() == null ? "export.xml" : file.getOriginalFilename(),
                    null,
                    zip,
                    BackofficePages.currentMember().login(),
                    false));
            return "redirect:" + PATH + "/" + id;
        } catch (InvalidInputException e) {
            delete(wxr);
            return form(request, model, e.problems());
        }
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String progress(HttpServletRequest request, @PathVariable long id, Model model) {
        ImportProgress progress = imports.progress(id).orElseThrow(() -> new NotFoundException("import", id));
        model.addAttribute("page", pages.of(request, "wordpress.progress.title", progress.fileName()));
        model.addAttribute("progress", ImportResponse.of(progress, messages, LocaleContextHolder.getLocale()));
        model.addAttribute("report", progress.report());
        return "admin/wordpress/progress";
    }

    @GetMapping(PATH + "/{id:\\d+}.json")
    ResponseEntity<ImportResponse> progressJson(@PathVariable long id) {
        ImportProgress progress = imports.progress(id).orElseThrow(() -> new NotFoundException("import", id));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(ImportResponse.of(progress, messages, LocaleContextHolder.getLocale()));
    }

    private String form(HttpServletRequest request, Model model, List<FieldProblem> problems) {
        BackofficePage frame = pages.of(request, "wordpress.title");
        model.addAttribute("page", frame);
        model.addAttribute("errors", FormErrors.of(problems, frame.t()));
        model.addAttribute("maxMegabytes", properties.maxFileSize().toMegabytes());
        model.addAttribute(
                "maxZipMegabytes",
                Math.min(MAX_ZIP_BYTES >> 20, properties.maxUploadsSize().toMegabytes()));
        model.addAttribute(
                "recent",
                imports.recent(RECENT).stream()
                        .map(p -> ImportResponse.of(p, messages, LocaleContextHolder.getLocale()))
                        .toList());
        return "admin/wordpress/form";
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
