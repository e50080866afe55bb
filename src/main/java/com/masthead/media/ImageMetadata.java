package com.masthead.media;

import com.masthead.shared.DisplayText;
import jakarta.validation.constraints.Size;

/** The editorial text of an image: alt text for screen readers, caption and credit (e.g. "本报记者 李岩 摄"). */
public record ImageMetadata(
        @Size(max = 200) String alt,
        @Size(max = 300) String caption,
        @Size(max = 100) String credit) {

    /** Cleaned as they arrive (see {@link DisplayText#cleanLine}): alt text and captions are single lines. */
    public ImageMetadata {
        alt = DisplayText.cleanLine(alt);
        caption = DisplayText.cleanLine(caption);
        credit = DisplayText.cleanLine(credit);
    }
}
