package com.masthead.media;

import com.masthead.shared.InvalidInputException;

/**
 * An upload refused for its size in pixels rather than for being broken: it declares more pixels than {@code
 * masthead.media.max-side} or {@code max-pixels} allow, or decoding it would need more heap than the decode budget
 * ({@code masthead.media.decode-memory}) holds. Always on the field "file", with a message that says which limit;
 * the API answers 422.
 */
public class ImageTooLargeException extends InvalidInputException {

    ImageTooLargeException(String messageKey, Object... arguments) {
        super(ImageInspector.FIELD, messageKey, arguments);
    }
}
