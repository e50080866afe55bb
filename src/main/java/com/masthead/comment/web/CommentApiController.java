package com.masthead.comment.web;

import com.masthead.comment.BanKind;
import com.masthead.comment.BulkOutcome;
import com.masthead.comment.CommentBan;
import com.masthead.comment.CommentBans;
import com.masthead.comment.CommentChannelSetting;
import com.masthead.comment.CommentDetail;
import com.masthead.comment.CommentEvent;
import com.masthead.comment.CommentFilter;
import com.masthead.comment.CommentModeration;
import com.masthead.comment.CommentRules;
import com.masthead.comment.CommentSettings;
import com.masthead.comment.CommentState;
import com.masthead.comment.ModerationMode;
import com.masthead.comment.RejectReason;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.staff.Actors;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comment moderation for staff: the queue with filters, one-by-one and bulk approve/reject with reasons, each
 * comment's history, bans by address or fingerprint, and the per-channel moderation mode. Moderators and editors;
 * setting a mode needs ADMIN (see {@code CommentAccessRules}).
 */
@RestController
@RequestMapping("/api/v1/comments")
@Tag(name = "Comments", description = "Moderation queue, decisions, bans, per-channel moderation mode")
class CommentApiController {

    private final CommentModeration moderation;
    private final CommentBans bans;
    private final CommentSettings settings;

    CommentApiController(CommentModeration moderation, CommentBans bans, CommentSettings settings) {
        this.moderation = moderation;
        this.bans = bans;
        this.settings = settings;
    }

    /** The queue: by default pending comments, oldest first. {@code state=ALL} lists every state, newest first. */
    @GetMapping
    PageResult<CommentResponse> queue(
            @RequestParam(defaultValue = "PENDING") String state,
            @RequestParam(required = false) Long articleId,
            @RequestParam(required = false) Long channelId,
            @RequestParam(required = false) Boolean flagged,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CommentState wanted = "ALL".equalsIgnoreCase(state) ? null : state(state);
        return moderation
                .queue(new CommentFilter(wanted, articleId, channelId, flagged), PageRequest.of(page, size, 20))
                .map(CommentResponse::of);
    }

    @GetMapping("/{id:\\d+}")
    DetailResponse get(@PathVariable long id) {
        CommentDetail detail = moderation.find(id);
        return new DetailResponse(CommentResponse.of(detail.comment()), detail.history());
    }

    @PostMapping("/{id:\\d+}/approve")
    DetailResponse approve(@PathVariable long id) {
        moderation.approve(id, Actors.current());
        return get(id);
    }

    @PostMapping("/{id:\\d+}/reject")
    DetailResponse reject(@PathVariable long id, @Valid @RequestBody RejectRequest request) {
        moderation.reject(id, request.reason(), request.note(), Actors.current());
        return get(id);
    }

    /** Approves up to 100 comments; those that cannot be approved are listed with why. */
    @PostMapping("/approve")
    BulkOutcome approveAll(@Valid @RequestBody BulkRequest request) {
        return moderation.approveAll(request.ids(), Actors.current());
    }

    /** Rejects up to 100 comments with one reason. */
    @PostMapping("/reject")
    BulkOutcome rejectAll(@Valid @RequestBody BulkRejectRequest request) {
        return moderation.rejectAll(request.ids(), request.reason(), request.note(), Actors.current());
    }

    @GetMapping("/bans")
    List<CommentBan> bans() {
        return bans.active();
    }

    /** Bans whoever posted {@code commentId}, or the given {@code value}, for 1 to 8760 hours. */
    @PostMapping("/bans")
    ResponseEntity<CommentBan> ban(@Valid @RequestBody BanRequest request) {
        CommentBan ban = bans.ban(
                new CommentBans.Request(
                        request.kind(),
                        request.commentId(),
                        request.value(),
                        request.hours() == null ? null : Duration.ofHours(request.hours()),
                        request.reason()),
                Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/comments/bans/" + ban.id()))
                .body(ban);
    }

    @DeleteMapping("/bans/{id:\\d+}")
    CommentBan lift(@PathVariable long id) {
        return bans.lift(id, Actors.current());
    }

    /** Channels that have their own comment rules (all others inherit, ending at pre-moderation). */
    @GetMapping("/channels")
    List<CommentChannelSetting> channelSettings() {
        return settings.all();
    }

    /** The rules in force for a channel, and where they come from. */
    @GetMapping("/channels/{channelId:\\d+}")
    CommentRules rules(@PathVariable long channelId) {
        return settings.rulesFor(channelId);
    }

    @PutMapping("/channels/{channelId:\\d+}")
    CommentRules setRules(@PathVariable long channelId, @Valid @RequestBody RulesRequest request) {
        return settings.set(channelId, request.mode(), Boolean.TRUE.equals(request.linksAllowed()), Actors.current());
    }

    private static CommentState state(String name) {
        for (CommentState s : CommentState.values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new InvalidInputException("state", "comment.state.invalid");
    }

    record DetailResponse(CommentResponse comment, List<CommentEvent> history) {}

    record RejectRequest(
            @NotNull RejectReason reason, @Size(max = 200) String note) {}

    record BulkRequest(
            @NotEmpty @Size(max = CommentModeration.MAX_BULK)
            List<Long> ids) {}

    record BulkRejectRequest(
            @NotEmpty @Size(max = CommentModeration.MAX_BULK)
            List<Long> ids,

            @NotNull RejectReason reason,
            @Size(max = 200) String note) {}

    record BanRequest(
            @NotNull BanKind kind,
            Long commentId,
            @Size(max = 64) String value,
            @NotNull @Min(1) @Max(8760) Long hours,
            @Size(max = 200) String reason) {}

    record RulesRequest(@NotNull ModerationMode mode, Boolean linksAllowed) {}
}
