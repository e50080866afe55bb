package com.masthead.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Everything an editor writes about an article. It is the API's input and, once cleaned by {@link
 * ArticleEditing} (body through the HTML allow-list, text stripped of control characters), what is stored.
 * Publishing needs more than saving: see {@link PublishingRules}.
 */
public record ArticleContent(
        @NotNull Long channelId,
        @Size(max = 200) String kicker,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String subtitle,
        @Size(max = 1000) String summary,
        @NotNull @Size(max = 200_000) String body,
        @Valid Source source,
        @NotNull RightsType rights,
        @Valid OriginalSource original,
        @Valid LeadImage leadImage,
        Long seriesId,
        @Min(1) @Max(999) Integer seriesPart,
        Long pageId,
        @Size(max = 60) String responsibleEditor,
        @Size(max = 10) List<@Valid @NotNull Byline> bylines,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags) {

    public ArticleContent {
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
        tags = tags == null ? List.of() : tags.stream().distinct().toList();
    }

    /** The same content signed by another responsible editor (责任编辑). */
    public ArticleContent withResponsibleEditor(String editor) {
        return new ArticleContent(
                channelId,
                kicker,
                title,
                subtitle,
                summary,
                body,
                source,
                rights,
                original,
                leadImage,
                seriesId,
                seriesPart,
                pageId,
                editor,
                bylines,
                tags);
    }

    public boolean isReprint() {
        return rights == RightsType.REPRINT;
    }
}
