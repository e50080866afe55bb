package com.masthead.media.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormInput;
import com.masthead.backoffice.Forms;
import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageMetadata;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.VersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The media library: a searchable grid of thumbnails, uploads (a plain multipart form; {@code media-upload.js}
 * adds drag and drop), and per image its variants, its alt text, caption and credit, and where it is used. Search
 * as you type fetches only the grid ({@code /admin/media/results}) through htmx; without JavaScript the search
 * form reloads the page.
 */
@Controller
@RequestMapping("/admin/media")
class MediaLibraryController {

    static final int PER_PAGE = 24;

    private final BackofficePages pages;
    private final ImageLibrary library;
    private final Forms forms;
    private final ResourceUrlProvider resources;
    private final MessageSource messages;
    private volatile String uploadScriptUrl;

    MediaLibraryController(
            BackofficePages pages,
            ImageLibrary library,
            Forms forms,
            ResourceUrlProvider resources,
            MessageSource messages) {
        this.pages = pages;
        this.library = library;
        this.forms = forms;
        this.resources = resources;
        this.messages = messages;
    }

    @GetMapping
    String library(
            HttpServletRequest request,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        return libraryPage(request, model, q, page, ImageTextForm.empty(), List.of());
    }

    /** The grid alone, for search as you type. */
    @GetMapping("/results")
    String results(
            HttpServletRequest request,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        BackofficePage frame = pages.of(request, "structure.media.title");
        model.addAttribute("page", frame);
        addResults(model, q, page);
        return "admin/media/media-results";
    }

    @PostMapping
    String upload(
            HttpServletRequest request,
            @RequestParam(name = "file", required = false) MultipartFile file,
            ImageTextForm form,
            Model model)
            throws IOException {
        try {
            FormInput input = forms.read();
            ImageMetadata text = input.valid(new ImageMetadata(form.alt(), form.caption(), form.credit()));
            input.throwIfInvalid();
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            Image image = library.ingest(bytes, file == null ? null : file.getOriginalFilename(), text);
            return "redirect:/admin/media/" + image.id() + "?uploaded";
        } catch (InvalidInputException e) {
            return libraryPage(request, model, null, 1, form, e.problems());
        }
    }

    @GetMapping("/{id}")
    String image(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String uploaded,
            @RequestParam(required = false) String saved,
            Model model) {
        Image image = library.require(id, null);
        String notice = uploaded != null ? "structure.media.uploaded" : saved != null ? "structure.form.saved" : null;
        return imagePage(request, model, image, ImageTextForm.of(image), List.of(), notice);
    }

    @PostMapping("/{id}")
    String updateText(HttpServletRequest request, @PathVariable long id, ImageTextForm form, Model model) {
        Image image = library.require(id, null);
        try {
            FormInput input = forms.read();
            Integer version = input.integer("version", form.version());
            ImageMetadata text = input.valid(new ImageMetadata(form.alt(), form.caption(), form.credit()));
            input.throwIfInvalid();
            library.updateMetadata(id, version == null ? -1 : version, text);
            return "redirect:/admin/media/" + id + "?saved";
        } catch (InvalidInputException e) {
            return imagePage(request, model, image, form, e.problems(), null);
        } catch (VersionConflictException e) {
            return imagePage(
                    request,
                    model,
                    image,
                    form,
                    List.of(new FieldProblem("version", "structure.version-conflict")),
                    null);
        }
    }

    private String libraryPage(
            HttpServletRequest request,
            Model model,
            String q,
            Integer page,
            ImageTextForm form,
            List<FieldProblem> problems) {
        BackofficePage frame = pages.of(request, "structure.media.title");
        model.addAttribute("page", frame);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(problems, frame.t()));
        model.addAttribute("maxUploadBytes", library.maxUploadBytes());
        model.addAttribute("maxUploadMegabytes", library.maxUploadBytes() / (1024 * 1024));
        model.addAttribute("uploadScriptUrl", uploadScriptUrl());
        addResults(model, q, page);
        return "admin/media/media";
    }

    private void addResults(Model model, String q, Integer page) {
        String query = q == null ? "" : q.strip();
        PageResult<ImageCard> results =
                library.search(query, PageRequest.of(page, PER_PAGE, PER_PAGE)).map(ImageCard::new);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("pagerBase", "/admin/media?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&");
    }

    private String imagePage(
            HttpServletRequest request,
            Model model,
            Image image,
            ImageTextForm form,
            List<FieldProblem> problems,
            String noticeKey) {
        BackofficePage frame = pages.of(request, "structure.media.image.title", String.valueOf(image.id()));
        model.addAttribute("page", frame);
        model.addAttribute("card", new ImageCard(image));
        model.addAttribute("variants", VariantView.of(image));
        model.addAttribute(
                "usages",
                library.usages(image.id()).stream()
                        .map(u -> new UsageView(u, statusLabel(u.articleStatus())))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(problems, frame.t()));
        model.addAttribute("notice", noticeKey == null ? null : frame.t().get(noticeKey));
        return "admin/media/media-image";
    }

    private String statusLabel(String status) {
        return messages.getMessage("article.status." + status, null, status, LocaleContextHolder.getLocale());
    }

    private String uploadScriptUrl() {
        String url = uploadScriptUrl;
        if (url == null) {
            String versioned = resources.getForLookupPath("/assets/media-upload.js");
            url = versioned == null ? "/assets/media-upload.js" : versioned;
            uploadScriptUrl = url;
        }
        return url;
    }
}
