package com.masthead.epaper.web;

import com.masthead.epaper.IntakeRequest;
import com.masthead.epaper.IssueIntake;
import com.masthead.shared.NotFoundException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * PDF intake over the API: {@code POST /api/v1/issues/{id}/pdf} with the PDF as a multipart {@code file} or as an
 * {@code application/pdf} body ({@code ?page=N} for one page) answers 202 with the intake and its {@code
 * Location}; {@code GET /api/v1/epaper/intakes/{id}} tells how far it is. A bad PDF is 400 at the field {@code pdf}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Digital edition", description = "PDF intake of print issues and pages")
class IntakeApiController {

    private final IssueIntake intake;
    private final PdfUploads uploads;
    private final Uploaders uploaders;
    private final MessageSource messages;

    IntakeApiController(IssueIntake intake, PdfUploads uploads, Uploaders uploaders, MessageSource messages) {
        this.intake = intake;
        this.uploads = uploads;
        this.uploaders = uploaders;
        this.messages = messages;
    }

    @PostMapping(path = "/issues/{id}/pdf", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IntakeResponse> uploadPart(
            @PathVariable long id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Integer page) {
        return started(id, page, file.getOriginalFilename(), uploads.save(file));
    }

    @PostMapping(path = "/issues/{id}/pdf", consumes = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<IntakeResponse> uploadBody(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String fileName,
            HttpServletRequest request)
            throws IOException {
        return started(id, page, fileName, uploads.save(request.getInputStream()));
    }

    @GetMapping("/epaper/intakes/{id}")
    IntakeResponse progress(@PathVariable long id) {
        return intake.progress(id)
                .map(p -> IntakeResponse.of(p, messages, LocaleContextHolder.getLocale()))
                .orElseThrow(() -> new NotFoundException("intake", id));
    }

    private ResponseEntity<IntakeResponse> started(long issueId, Integer page, String fileName, Path file) {
        long id = intake.start(new IntakeRequest(issueId, page, fileName, file, uploaders.current()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/epaper/intakes/" + id))
                .body(progress(id));
    }
}
