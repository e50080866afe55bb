package com.masthead.article;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The 来源 line: the outlet an article comes from, linked when its address is known. Absent means our paper. */
public record Source(
        @Size(max = 100) String name,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+") String url) {}
