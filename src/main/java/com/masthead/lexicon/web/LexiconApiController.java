package com.masthead.lexicon.web;

import com.masthead.lexicon.Lexicon;
import com.masthead.lexicon.LexiconImport;
import com.masthead.lexicon.LexiconTerm;
import com.masthead.lexicon.LexiconTier;
import com.masthead.lexicon.ScreeningMatch;
import com.masthead.lexicon.ScreeningReport;
import com.masthead.lexicon.SensitiveWordScreen;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.staff.Actors;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sensitive-word lexicon: list, add (or re-tier), remove, import a plain word list, and screen a text. Changes
 * take effect at once, without a restart. Admins only, except screening (see {@code LexiconAccessRules}).
 */
@RestController
@RequestMapping("/api/v1/lexicon")
@Tag(name = "Lexicon", description = "Sensitive words in three tiers (BLOCK, REVIEW, REPLACE), import, screening")
class LexiconApiController {

    /** Largest word list accepted by one import. */
    static final int MAX_IMPORT_BYTES = 4 * 1024 * 1024;

    private final Lexicon lexicon;
    private final SensitiveWordScreen screen;
    private final MessageSource messages;

    LexiconApiController(Lexicon lexicon, SensitiveWordScreen screen, MessageSource messages) {
        this.lexicon = lexicon;
        this.screen = screen;
        this.messages = messages;
    }

    /** Terms by tier, then alphabetically; {@code q} finds terms containing the (folded) text. */
    @GetMapping
    PageResult<TermResponse> list(
            @RequestParam(required = false) LexiconTier tier,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        String contains = q == null ? null : q.length() > 100 ? q.substring(0, 100) : q;
        return lexicon.list(tier, contains, PageRequest.of(page, size, 50)).map(TermResponse::of);
    }

    /** Adds a term; a term already present (same folded form) is moved to the given tier. */
    @PostMapping
    ResponseEntity<TermResponse> add(@Valid @RequestBody TermRequest request) {
        LexiconTerm term = lexicon.add(request.term(), request.tier(), Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/lexicon/" + term.id()))
                .body(TermResponse.of(term));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable long id) {
        lexicon.remove(id, Actors.current());
        return ResponseEntity.noContent().build();
    }

    /**
     * Imports a UTF-8 {@code text/plain} list, one term per line ({@code #} comments and blank lines skipped), into
     * {@code tier}. At most 4 MB and 100,000 lines; refused lines are listed, not imported.
     */
    @PostMapping("/import")
    ImportResponse importList(@RequestParam LexiconTier tier, HttpServletRequest request)
            throws IOException, HttpMediaTypeNotSupportedException {
        // Checked here rather than with "consumes": a mapping that does not match never reaches the API's
        // problem documents.
        MediaType type = mediaType(request.getContentType());
        if (type == null || !MediaType.TEXT_PLAIN.includes(type)) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.TEXT_PLAIN));
        }
        if (request.getContentLengthLong() > MAX_IMPORT_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_IMPORT_BYTES + 1);
        }
        if (body.length > MAX_IMPORT_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
        }
        LexiconImport result = lexicon.importList(new String(body, StandardCharsets.UTF_8), tier, Actors.current());
        var locale = LocaleContextHolder.getLocale();
        return new ImportResponse(
                result.tier(),
                result.added(),
                result.retiered(),
                result.unchanged(),
                result.refused().stream()
                        .map(r -> new RefusedLineResponse(
                                r.line(),
                                messages.getMessage(r.messageKey(), new Object[] {Lexicon.MAX_TERM_LENGTH}, locale)))
                        .toList());
    }

    /** Screens a text (up to 200,000 characters) and lists every term found, with offsets into that text. */
    @PostMapping("/screen")
    ScreenResponse screen(@Valid @RequestBody ScreenRequest request) {
        ScreeningReport report = screen.screen(request.text());
        return new ScreenResponse(
                report.blocked(), report.needsReview(), report.matches(), screen.mask(request.text(), report));
    }

    private static MediaType mediaType(String header) {
        try {
            return header == null ? null : MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    record TermRequest(
            @NotBlank @Size(max = 200) String term, @NotNull LexiconTier tier) {}

    record TermResponse(long id, String term, LexiconTier tier, Instant updatedAt, String updatedBy) {

        static TermResponse of(LexiconTerm t) {
            return new TermResponse(t.id(), t.term(), t.tier(), t.updatedAt(), t.updatedBy());
        }
    }

    record ImportResponse(
            LexiconTier tier, int added, int retiered, int unchanged, List<RefusedLineResponse> refused) {}

    record RefusedLineResponse(int line, String message) {}

    record ScreenRequest(@NotNull @Size(max = 200_000) String text) {}

    record ScreenResponse(boolean blocked, boolean needsReview, List<ScreeningMatch> matches, String masked) {}
}
