package com.masthead.epaper;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text of one page with positions, as {@link PdfTextReader} found it: the page size in PDF points and its text
 * blocks. {@code usable} says whether the characters map to real text (the PDF's fonts carry a usable Unicode
 * mapping); when not, the blocks' positions still hold but their text is noise. Stored as JSON in
 * {@code epaper_page_file.text_blocks}.
 */
public record PageText(double widthPt, double heightPt, List<TextBlock> blocks, boolean usable) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public PageText {
        blocks = List.copyOf(blocks);
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** Reads what {@link #toJson()} wrote; throws {@link IllegalArgumentException} when the text is not that. */
    public static PageText fromJson(String json) {
        try {
            return JSON.readValue(json, PageText.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not page text JSON: " + e.getOriginalMessage(), e);
        }
    }
}
