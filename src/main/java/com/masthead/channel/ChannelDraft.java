package com.masthead.channel;

import com.masthead.shared.DisplayText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor may set on a channel. The path follows from the parent and the slug. The name and description are
 * cleaned as they arrive (by the API and the admin form alike): control characters and bidi marks go, so a name of
 * nothing else is blank and refused.
 */
public record ChannelDraft(
        Long parentId,
        @NotBlank @Size(max = 60) String name,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        Integer position,
        @Size(max = 500) String description,
        Boolean visible) {

    public ChannelDraft {
        name = DisplayText.cleanLine(name);
        description = DisplayText.cleanText(description);
    }
}
