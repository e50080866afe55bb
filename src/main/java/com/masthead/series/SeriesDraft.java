package com.masthead.series;

import com.masthead.shared.DisplayText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor may set on a series; name and description are cleaned as they arrive (see {@link DisplayText}).
 * The slug may be left out (null or blank): a new series then gets one made from its name, a changed one keeps its
 * own.
 */
public record SeriesDraft(
        @NotBlank @Size(max = 100) String name,

        @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @Size(max = 1000) String description,
        @Size(max = 40) String labelPrefix) {

    public SeriesDraft(String name, String slug, String description) {
        this(name, slug, description, null);
    }

    public SeriesDraft {
        name = DisplayText.cleanLine(name);
        slug = slug == null || slug.isBlank() ? null : slug.strip();
        description = DisplayText.cleanText(description);
        labelPrefix = DisplayText.cleanLine(labelPrefix);
        labelPrefix = labelPrefix == null || labelPrefix.isEmpty() ? null : labelPrefix;
    }

    /** The same draft with another slug (a generated one when the editor left it out). */
    public SeriesDraft withSlug(String generated) {
        return new SeriesDraft(name, generated, description, labelPrefix);
    }
}
