package com.masthead.edition;

import com.masthead.shared.DisplayText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor may set on a newspaper; name and description are cleaned as they arrive (see {@link DisplayText}).
 * The slug may be left out (null or blank): a new newspaper then gets one made from its name, a changed one keeps
 * its own.
 */
public record NewspaperDraft(
        @NotBlank @Size(max = 80) String name,

        @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @Size(max = 500) String description) {

    public NewspaperDraft {
        name = DisplayText.cleanLine(name);
        slug = slug == null || slug.isBlank() ? null : slug.strip();
        description = DisplayText.cleanText(description);
    }

    /** The same draft with another slug (a generated one when the editor left it out). */
    public NewspaperDraft withSlug(String generated) {
        return new NewspaperDraft(name, generated, description);
    }
}
