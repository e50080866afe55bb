package com.masthead.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an editor may set on a channel. The path follows from the parent and the slug. */
public record ChannelDraft(
        Long parentId,
        @NotBlank @Size(max = 60) String name,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        Integer position,
        @Size(max = 500) String description,
        Boolean visible) {}
