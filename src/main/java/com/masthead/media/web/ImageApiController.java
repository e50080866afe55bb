package com.masthead.media.web;

import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageMetadata;
import com.masthead.media.ImageTooLargeException;
import com.masthead.media.ImageVariant;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.VersionTags;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/images")
@Tag(name = "Images", description = "Uploaded pictures, their variants and their editorial text")
class ImageApiController {

    private final ImageLibrary library;
    private final MessageSource messages;

    ImageApiController(ImageLibrary library, MessageSource messages) {
        this.library = library;
        this.messages = messages;
    }

    @GetMapping
    PageResult<ImageResponse> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return library.list(PageRequest.of(page, size, 20)).map(ImageResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<ImageResponse> get(@PathVariable long id) {
        return withVersion(library.require(id, null));
    }

    /** Uploading a picture that is already stored answers with the stored image (same id, its own text). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImageResponse> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String alt,
            @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit)
            throws IOException {
        Image image =
                library.ingest(file.getBytes(), file.getOriginalFilename(), new ImageMetadata(alt, caption, credit));
        return ResponseEntity.created(URI.create("/api/v1/images/" + image.id()))
                .eTag(VersionTags.of(image.version()))
                .body(ImageResponse.of(image));
    }

    @PutMapping("/{id}")
    ResponseEntity<ImageResponse> update(
            @PathVariable long id,
            @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch,
            @Valid @RequestBody ImageMetadata metadata) {
        return withVersion(library.updateMetadata(id, VersionTags.parse(ifMatch), metadata));
    }

    /**
     * A picture refused for its size in pixels is 422 rather than the 400 of other refusals: the request is fine,
     * the picture is more than this server will decode. The problem names the field and says which limit.
     */
    @ExceptionHandler(ImageTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ImageTooLargeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of(
                        "field", p.field(), "message", messages.getMessage(p.messageKey(), p.arguments(), locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, errors.get(0).get("message"));
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        problem.setProperty("code", "image-too-large");
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private static ResponseEntity<ImageResponse> withVersion(Image image) {
        return ResponseEntity.ok().eTag(VersionTags.of(image.version())).body(ImageResponse.of(image));
    }

    /** {@code urls} maps each variant ("original", "thumb", "card", "article") to its public URL. */
    record ImageResponse(
            long id,
            String hash,
            String mediaType,
            int width,
            int height,
            long byteSize,
            String alt,
            String caption,
            String credit,
            int version,
            Map<String, String> urls) {

        static ImageResponse of(Image i) {
            Map<String, String> urls = new LinkedHashMap<>();
            for (ImageVariant variant : ImageVariant.values()) {
                urls.put(variant.name().toLowerCase(Locale.ROOT), i.url(variant));
            }
            return new ImageResponse(
                    i.id(),
                    i.hash(),
                    i.mediaType(),
                    i.width(),
                    i.height(),
                    i.byteSize(),
                    i.alt(),
                    i.caption(),
                    i.credit(),
                    i.version(),
                    urls);
        }
    }
}
