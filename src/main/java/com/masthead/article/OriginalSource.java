package com.masthead.article;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** For a reprint: the outlet, author, title and address of the original. All four are needed to publish. */
public record OriginalSource(
        @Size(max = 100) String outlet,
        @Size(max = 100) String author,
        @Size(max = 200) String title,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+") String url) {}
