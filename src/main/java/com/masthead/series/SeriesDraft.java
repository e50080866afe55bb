package com.masthead.series;

import com.masthead.shared.DisplayText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an editor may set on a series; name and description are cleaned as they arrive (see {@link DisplayText}). */
public record SeriesDraft(
        @NotBlank @Size(max = 100) String name,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @Size(max = 1000) String description) {

    public SeriesDraft {
        name = DisplayText.cleanLine(name);
        description = DisplayText.cleanText(description);
    }
}
