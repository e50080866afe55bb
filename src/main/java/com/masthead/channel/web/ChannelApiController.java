package com.masthead.channel.web;

import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.channel.ChannelDraft;
import com.masthead.channel.ChannelEditing;
import com.masthead.shared.PageResult;
import com.masthead.shared.VersionTags;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/channels")
@Tag(name = "Channels", description = "The channel (栏目) tree")
class ChannelApiController {

    private final ChannelCatalog catalog;
    private final ChannelEditing editing;

    ChannelApiController(ChannelCatalog catalog, ChannelEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    /** The whole tree as an array, or {@code {items, page, size, total}} with {@code page}/{@code size}. */
    @GetMapping
    Object list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResult.pagedIfAsked(
                catalog.all().stream().map(ChannelResponse::of).toList(), page, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<ChannelResponse> get(@PathVariable long id) {
        return withVersion(catalog.require(id, null));
    }

    @PostMapping
    ResponseEntity<ChannelResponse> create(@Valid @RequestBody ChannelDraft draft) {
        Channel channel = editing.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/channels/" + channel.id()))
                .eTag(VersionTags.of(channel.version()))
                .body(ChannelResponse.of(channel));
    }

    /** Replaces a channel's fields; {@code If-Match} must carry the version from the last read. */
    @PutMapping("/{id}")
    ResponseEntity<ChannelResponse> update(
            @PathVariable long id,
            @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch,
            @Valid @RequestBody ChannelDraft draft) {
        return withVersion(editing.update(id, VersionTags.parse(ifMatch), draft));
    }

    private static ResponseEntity<ChannelResponse> withVersion(Channel channel) {
        return ResponseEntity.ok().eTag(VersionTags.of(channel.version())).body(ChannelResponse.of(channel));
    }

    record ChannelResponse(
            long id,
            Long parentId,
            String name,
            String slug,
            String path,
            int position,
            String description,
            boolean visible,
            int version,
            String url) {

        static ChannelResponse of(Channel c) {
            return new ChannelResponse(
                    c.id(),
                    c.parentId(),
                    c.name(),
                    c.slug(),
                    c.path(),
                    c.position(),
                    c.description(),
                    c.visible(),
                    c.version(),
                    c.url());
        }
    }
}
