package com.masthead.newsstandards.web;

import com.masthead.newsstandards.WireConflictException;
import com.masthead.newsstandards.WireFormat;
import com.masthead.newsstandards.WireIngest;
import com.masthead.newsstandards.WireOutcome;
import com.masthead.staff.ApiPrincipal;
import com.masthead.staff.StaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/wire}: one ninjs (any JSON media type) or NewsML-G2 newsItem (any XML media type) item per
 * request becomes a draft. 201 with {@code Location} for a new draft, 200 for an update or a duplicate; the
 * answer says which. Anything else is 415; a body over {@code masthead.wire.max-item-bytes} is 413 before it is
 * parsed.
 */
@RestController
@RequestMapping("/api/v1/wire")
@Tag(name = "Wire", description = "Take ninjs and NewsML-G2 items in as drafts")
class WireApiController {

    private final WireIngest ingest;
    private final MessageSource messages;

    WireApiController(WireIngest ingest, MessageSource messages) {
        this.ingest = ingest;
        this.messages = messages;
    }

    @Operation(
            summary = "Take one ninjs or NewsML-G2 item in as a reprint draft",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(mediaType = "application/ninjs+json"),
                                @Content(mediaType = "application/vnd.iptc.g2.newsitem+xml")
                            }))
    @PostMapping(
            consumes = {"application/json", "application/*+json", "application/xml", "text/xml", "application/*+xml"})
    ResponseEntity<?> take(
            @AuthenticationPrincipal ApiPrincipal token,
            @RequestParam(required = false) Long channelId,
            HttpServletRequest request)
            throws IOException {
        WireFormat format = WireFormat.ofMediaType(request.getContentType()).orElseThrow();
        long max = ingest.maxItemBytes();
        if (request.getContentLengthLong() > max) {
            return tooLarge(max);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (body.length > max) {
            return tooLarge(max);
        }
        WireOutcome outcome = ingest.take(body, format, StaffMember.ofToken(token), channelId);
        WireResponse response = WireResponse.of(outcome);
        return outcome.kind() == WireOutcome.Kind.CREATED
                ? ResponseEntity.created(URI.create("/api/v1/articles/" + outcome.articleId()))
                        .body(response)
                : ResponseEntity.ok(response);
    }

    @ExceptionHandler(WireConflictException.class)
    ResponseEntity<ProblemDetail> conflict(WireConflictException e) {
        return problem(HttpStatus.CONFLICT, "wire-conflict", "version", text(e.messageKey(), e.arguments()));
    }

    /** Two deliveries of a new item at the same moment: the second lost the race and may simply be sent again. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> raced(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "wire-conflict", "guid", text("wire.item.concurrent"));
    }

    private ResponseEntity<ProblemDetail> tooLarge(long max) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "item", text("wire.item.too-large", max));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.status(status).body(problem);
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }

    /** What became of the item: {@code outcome} is {@code created}, {@code updated} or {@code duplicate}. */
    record WireResponse(String guid, int version, long articleId, String outcome) {
        static WireResponse of(WireOutcome o) {
            return new WireResponse(
                    o.guid(), o.version(), o.articleId(), o.kind().name().toLowerCase(Locale.ROOT));
        }
    }
}
