package com.masthead.media.web;

import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageMetadata;
import com.masthead.media.ImageTooLargeException;
import com.masthead.media.ResponsiveImage;
import com.masthead.shared.InvalidInputException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pictures dropped or pasted into the article editor's body: the editor posts the file with the staff session and
 * its CSRF token, the library stores it like any upload (the same checks, the same variants, the alt text, caption
 * and credit kept with the image), and the answer is what the editor needs to build the body's figure. A refusal
 * is a problem document naming the field, in the staff member's language, so the editor can show it while the
 * text stays as it was.
 */
@RestController
class BodyPictureController {

    private final ImageLibrary library;
    private final MessageSource messages;

    BodyPictureController(ImageLibrary library, MessageSource messages) {
        this.library = library;
        this.messages = messages;
    }

    @PostMapping("/admin/media/body-pictures")
    ResponseEntity<BodyPicture> upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String alt,
            @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit)
            throws IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        ImageMetadata text = new ImageMetadata(alt, caption, credit);
        Image image = library.ingest(bytes, file == null ? null : file.getOriginalFilename(), text);
        return ResponseEntity.status(HttpStatus.CREATED).body(BodyPicture.of(image));
    }

    /** Refused uploads (empty, too large, not a picture, texts too long): 400, or 422 for too many pixels. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> refused(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of(
                        "field", p.field(), "message", messages.getMessage(p.messageKey(), p.arguments(), locale)))
                .toList();
        HttpStatus status =
                e instanceof ImageTooLargeException ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }

    /**
     * The stored picture as the body's figure shows it: the article variant as {@code src}, every variant width in
     * {@code srcset}, the {@code sizes} of the article column, the intrinsic size of {@code src}, and the image's
     * own alt text (the editor's typed caption and credit go into the figure as typed).
     */
    record BodyPicture(long id, String src, String srcset, String sizes, int width, int height, String alt) {

        static BodyPicture of(Image image) {
            ResponsiveImage shown = ResponsiveImage.of(image);
            return new BodyPicture(
                    image.id(),
                    shown.src(),
                    shown.srcset(),
                    ResponsiveImage.ARTICLE_COLUMN,
                    shown.width(),
                    shown.height(),
                    image.alt() == null ? "" : image.alt());
        }
    }
}
