package com.masthead.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The picture shown with an article in lists and picture news, with this article's own caption and credit. */
public record LeadImage(
        @NotNull Long imageId,
        @Size(max = 300) String caption,
        @Size(max = 100) String credit) {}
