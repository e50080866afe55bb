package com.masthead.media.web;

import com.masthead.media.ImageUsage;

/** A where-used line with the article's status in the reader's language (the raw name when it has no label). */
public record UsageView(ImageUsage usage, String statusLabel) {}
