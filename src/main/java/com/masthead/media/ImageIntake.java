package com.masthead.media;

import com.masthead.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The file side of an upload: inspect, clean and encode it, then write its original and variants. Writing the
 * same picture twice is harmless (files are content-addressed and never rewritten). Thread-safe.
 */
@Component
class ImageIntake {

    private final ImageInspector inspector;
    private final ImageEncoder encoder;
    private final ImageStore store;

    ImageIntake(ImageInspector inspector, ImageEncoder encoder, ImageStore store) {
        this.inspector = inspector;
        this.encoder = encoder;
        this.store = store;
    }

    /**
     * The cleaned upload with its variants; writes nothing.
     *
     * @throws InvalidInputException on the field "file" when the upload is refused
     */
    ProcessedImage clean(byte[] bytes) {
        return encoder.process(bytes, inspector.inspect(bytes));
    }

    /** Writes the original and every variant that is not stored yet. */
    void store(ProcessedImage image) {
        store.write(ImageStore.key(image.hash(), ImageVariant.ORIGINAL, image.extension()), image.original());
        image.variants()
                .forEach((variant, bytes) -> store.write(
                        ImageStore.key(image.hash(), variant, variant.extensionFor(image.extension())), bytes));
    }
}
