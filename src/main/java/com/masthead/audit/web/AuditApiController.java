package com.masthead.audit.web;

import com.masthead.audit.AuditChainVerifier;
import com.masthead.audit.AuditEntry;
import com.masthead.audit.AuditFilter;
import com.masthead.audit.AuditLog;
import com.masthead.audit.ChainAnchor;
import com.masthead.audit.ChainHead;
import com.masthead.audit.ChainVerification;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.DayRange;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators: list with filters, verify the hash chain, read the head for anchoring. Read
 * only; there is no way to change or remove an entry through the API.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only audit trail: list, verify the hash chain, read its head")
class AuditApiController {

    private final AuditLog audit;
    private final AuditChainVerifier verifier;
    private final SiteSettingsService settings;

    AuditApiController(AuditLog audit, AuditChainVerifier verifier, SiteSettingsService settings) {
        this.audit = audit;
        this.verifier = verifier;
        this.settings = settings;
    }

    /**
     * Entries newest first. {@code actor}, {@code subject} and {@code address} match exactly, {@code action} is a
     * prefix ({@code auth.}), {@code from}/{@code to} are dates (inclusive) in the site's time zone.
     */
    @GetMapping
    PageResult<EntryResponse> list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String address,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ZoneId zone = settings.current().timeZone();
        DayRange days = DayRange.of(from, to, zone);
        Instant start = days.start();
        Instant end = days.end();
        AuditFilter filter = new AuditFilter(actor, action, subject, start, end, address);
        return audit.search(filter, PageRequest.of(page, size, 50)).map(EntryResponse::of);
    }

    /**
     * Walks the whole chain. With {@code anchorSeq} and {@code anchorHash} (a head recorded earlier elsewhere) also
     * checks that this entry still carries that hash.
     */
    @GetMapping("/verify")
    VerificationResponse verify(
            @RequestParam(required = false) Long anchorSeq, @RequestParam(required = false) String anchorHash) {
        if (anchorSeq == null && anchorHash == null) {
            return VerificationResponse.of(verifier.verify());
        }
        if (anchorSeq == null) {
            throw new InvalidInputException("anchorSeq", "audit.anchor.seq");
        }
        return VerificationResponse.of(verifier.verify(new ChainAnchor(anchorSeq, anchorHash)));
    }

    /** The newest entry's sequence number and hash: copy it somewhere safe to anchor the chain. */
    @GetMapping("/head")
    HeadResponse head() {
        ChainHead head = audit.head();
        return new HeadResponse(head.seq(), head.hash(), head.occurredAt());
    }

    record EntryResponse(
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String subject,
            String detail,
            String address,
            String prevHash,
            String hash) {

        static EntryResponse of(AuditEntry e) {
            return new EntryResponse(
                    e.seq(),
                    e.occurredAt(),
                    e.actor(),
                    e.action(),
                    e.subject(),
                    e.detail(),
                    e.address(),
                    e.prevHash(),
                    e.hash());
        }
    }

    record VerificationResponse(
            boolean ok,
            long checked,
            long lastSeq,
            String lastHash,
            Long brokenSeq,
            ChainVerification.Problem problem) {

        static VerificationResponse of(ChainVerification v) {
            return new VerificationResponse(v.ok(), v.checked(), v.lastSeq(), v.lastHash(), v.brokenSeq(), v.problem());
        }
    }

    record HeadResponse(long seq, String hash, Instant occurredAt) {}
}
