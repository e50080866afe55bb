package com.masthead.site.web.article;

import java.util.List;

/** A correction note under an article: the date it was published and its paragraphs. */
public record CorrectionNoteView(String date, List<String> paragraphs) {}
