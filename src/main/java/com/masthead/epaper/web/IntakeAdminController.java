package com.masthead.epaper.web;

import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.NewspaperIssue;
import com.masthead.epaper.EpaperProperties;
import com.masthead.epaper.IntakeProgress;
import com.masthead.epaper.IntakeRequest;
import com.masthead.epaper.IssueIntake;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
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
 * The staff side of PDF intake: the upload form of an issue ({@code /admin/issues/{id}/pdf}, a whole issue or one
 * page) and the progress page of an intake ({@code /admin/epaper/intakes/{id}}), which refreshes itself from
 * {@code /admin/epaper/intakes/{id}.json} (a script; without it, a meta refresh) until the intake ends.
 */
@Controller
class IntakeAdminController {

    private static final int RECENT = 10;

    private final BackofficePages pages;
    private final EditionCatalog catalog;
    private final IssueIntake intake;
    private final PdfUploads uploads;
    private final Uploaders uploaders;
    private final EpaperProperties properties;
    private final MessageSource messages;

    IntakeAdminController(
            BackofficePages pages,
            EditionCatalog catalog,
            IssueIntake intake,
            PdfUploads uploads,
            Uploaders uploaders,
            EpaperProperties properties,
            MessageSource messages) {
        this.pages = pages;
        this.catalog = catalog;
        this.intake = intake;
        this.uploads = uploads;
        this.uploaders = uploaders;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/admin/issues/{id}/pdf")
    String form(HttpServletRequest request, @PathVariable long id, Model model) {
        return form(request, model, catalog.requireIssue(id), "", List.of());
    }

    @PostMapping("/admin/issues/{id}/pdf")
    String upload(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "page", required = false) String page,
            Model model) {
        NewspaperIssue issue = catalog.requireIssue(id);
        try {
            Integer number = pageNumber(page);
            long intakeId = intake.start(new IntakeRequest(
                    id,
                    number,
                    file == null ? null : file.getOriginalFilename(),
                    uploads.save(file),
                    uploaders.current()));
            return "redirect:/admin/epaper/intakes/" + intakeId;
        } catch (InvalidInputException e) {
            return form(request, model, issue, page == null ? "" : page, e.problems());
        }
    }

    @GetMapping("/admin/epaper/intakes/{id:\\d+}")
    String progress(HttpServletRequest request, @PathVariable long id, Model model) {
        IntakeProgress progress = intake.progress(id).orElseThrow(() -> new NotFoundException("intake", id));
        NewspaperIssue issue = catalog.requireIssue(progress.issueId());
        model.addAttribute("page", pages.of(request, "epaper.intake.progress-title", progress.fileName()));
        model.addAttribute("issue", issue);
        model.addAttribute("intake", IntakeResponse.of(progress, messages, LocaleContextHolder.getLocale()));
        return "admin/epaper/intake-progress";
    }

    @GetMapping("/admin/epaper/intakes/{id:\\d+}.json")
    ResponseEntity<IntakeResponse> progressJson(@PathVariable long id) {
        IntakeProgress progress = intake.progress(id).orElseThrow(() -> new NotFoundException("intake", id));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(IntakeResponse.of(progress, messages, LocaleContextHolder.getLocale()));
    }

    private static Integer pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= 999) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("page", "epaper.intake.page-number");
    }

    private String form(
            HttpServletRequest request, Model model, NewspaperIssue issue, String page, List<FieldProblem> problems) {
        var frame = pages.of(request, "epaper.intake.title", issue.date().toString());
        model.addAttribute("page", frame);
        model.addAttribute("issue", issue);
        model.addAttribute("newspaper", catalog.requireNewspaper(issue.newspaperId()));
        model.addAttribute("pageNumber", page);
        model.addAttribute("maxMegabytes", properties.maxFileSize().toMegabytes());
        model.addAttribute("maxPages", properties.maxPages());
        model.addAttribute("errors", FormErrors.of(problems, frame.t()));
        model.addAttribute(
                "recent",
                intake.recent(issue.id(), RECENT).stream()
                        .map(p -> IntakeResponse.of(p, messages, LocaleContextHolder.getLocale()))
                        .toList());
        return "admin/epaper/intake-form";
    }
}
