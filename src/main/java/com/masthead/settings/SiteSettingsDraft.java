package com.masthead.settings;

import com.masthead.shared.DisplayText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A complete replacement of the site settings, as an admin submits it. Its texts are cleaned as they arrive (see
 * {@link DisplayText}): they end up in every page head and feed, where a control character would break the XML.
 */
public record SiteSettingsDraft(
        @NotBlank @Size(max = 60) String name,
        @Size(max = 120) String tagline,

        @NotBlank @Size(max = 200) @Pattern(regexp = "https?://[^\\s/]+(:\\d+)?")
        String baseUrl,

        @NotBlank @Size(max = 60) String timeZone,
        @NotBlank @Size(max = 2000) String originalStatement,
        @NotBlank @Size(max = 2000) String reprintStatement,
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> footerLines,
        @Size(max = 500) String logoUrl) {

    public SiteSettingsDraft {
        name = DisplayText.cleanLine(name);
        tagline = DisplayText.cleanLine(tagline);
        originalStatement = DisplayText.cleanText(originalStatement);
        reprintStatement = DisplayText.cleanText(reprintStatement);
        // a line that cleans to nothing stays in place as null, so that validation names its index
        footerLines = footerLines == null
                ? null
                : footerLines.stream().map(DisplayText::cleanLine).toList();
    }
}
