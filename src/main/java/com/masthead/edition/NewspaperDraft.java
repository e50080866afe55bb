package com.masthead.edition;

import com.masthead.shared.DisplayText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an editor may set on a newspaper; name and description are cleaned as they arrive (see {@link DisplayText}). */
public record NewspaperDraft(
        @NotBlank @Size(max = 80) String name,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @Size(max = 500) String description) {

    public NewspaperDraft {
        name = DisplayText.cleanLine(name);
        description = DisplayText.cleanText(description);
    }
}
