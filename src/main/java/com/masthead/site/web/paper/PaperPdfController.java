package com.masthead.site.web.paper;

import com.masthead.edition.EditionCatalog;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.epaper.EpaperFiles;
import com.masthead.epaper.PrintEdition;
import com.masthead.site.web.PageMissingException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The PDFs of the digital edition at addresses anyone can work out from the date and page: {@code
 * /paper/<slug>/<date>/<n>.pdf} for a page and {@code /paper/<slug>/<date>/issue.pdf} for the whole issue, shown
 * inline and named {@code <slug>-<date>-<label>.pdf}. The address stays while the file may be replaced, so the
 * answer is cacheable for a few minutes with the file's hash as ETag (a 304 when it still matches); never kept in
 * the page cache (see {@code CacheableRequests}). 404 for issues readers may not see and pages without a PDF.
 */
@Controller
class PaperPdfController {

    /** How long browsers and proxies may reuse a PDF before asking again (the ETag makes that cheap). */
    static final String CACHE_CONTROL = "public, max-age=300";

    private final EditionCatalog editions;
    private final PrintEdition print;
    private final EpaperFiles files;
    private final Clock clock;

    PaperPdfController(EditionCatalog editions, PrintEdition print, EpaperFiles files, Clock clock) {
        this.editions = editions;
        this.print = print;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/paper/{slug}/{date}/{number:\\d+}.pdf")
    ResponseEntity<Resource> page(
            @PathVariable String slug,
            @PathVariable String date,
            @PathVariable int number,
            HttpServletRequest request) {
        NewspaperIssue issue = visibleIssue(slug, date, request);
        NewspaperPage page = editions.pages(issue.id()).stream()
                .filter(p -> p.number() == number)
                .findFirst()
                .orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        String hash = print.pageFile(page.id())
                .map(f -> f.pdfHash())
                .orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        String label = page.label() != null ? page.label() : String.valueOf(page.number());
        return pdf(hash, slug + "-" + issue.date() + "-" + label + ".pdf", request);
    }

    @GetMapping("/paper/{slug}/{date}/issue.pdf")
    ResponseEntity<Resource> issue(@PathVariable String slug, @PathVariable String date, HttpServletRequest request) {
        NewspaperIssue issue = visibleIssue(slug, date, request);
        String hash = print.issueFile(issue.id())
                .map(f -> f.pdfHash())
                .orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        return pdf(hash, slug + "-" + issue.date() + ".pdf", request);
    }

    private ResponseEntity<Resource> pdf(String hash, String fileName, HttpServletRequest request) {
        Resource content = files.pdf(hash).orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        String etag = "\"" + hash + "\"";
        if (new ServletWebRequest(request).checkNotModified(etag)) {
            return ResponseEntity.status(304)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .eTag(etag)
                    .build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag(etag)
                .contentType(MediaType.APPLICATION_PDF)
                .body(content);
    }

    private NewspaperIssue visibleIssue(String slug, String date, HttpServletRequest request) {
        Newspaper paper =
                editions.newspaperBySlug(slug).orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new PageMissingException(request.getRequestURI());
        }
        return editions.visibleIssueOn(paper.id(), day, clock.instant())
                .orElseThrow(() -> new PageMissingException(request.getRequestURI()));
    }
}
