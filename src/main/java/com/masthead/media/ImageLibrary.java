package com.masthead.media;

import com.masthead.shared.DisplayText;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The image library: takes uploads in and looks images up. Every stored image has passed {@code ImageInspector}
 * (real type JPEG, PNG, WebP or GIF; size limits checked from the header before decoding) and has been cleaned of
 * metadata by {@code ImageEncoder}; its original and its {@link ImageVariant variants} are on disk before its row
 * exists. Publishes {@link ImageChanged} when editorial text changes. Thread-safe.
 */
@Service
public class ImageLibrary {

    private static final Logger log = LoggerFactory.getLogger(ImageLibrary.class);

    static final int MAX_SEARCH_LENGTH = 100;
    static final int MAX_USAGES = 100;

    private final ImageRepository images;
    private final ImageIntake intake;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MediaProperties limits;
    private final ImageUsages usages;

    ImageLibrary(
            ImageRepository images,
            ImageIntake intake,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock,
            MediaProperties limits,
            ImageUsages usages) {
        this.images = images;
        this.usages = usages;
        this.intake = intake;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Stores an uploaded picture and returns it. The type is recognised from the bytes alone; {@code
     * originalFilename} (may be null) is only logged. The stored original is re-encoded without metadata (so
     * without EXIF GPS positions) and upright; WebP is stored as JPEG, or as PNG when it has transparent pixels.
     * The same cleaned picture uploaded again returns the image already stored, with its existing text, and
     * {@code metadata} is ignored. Processing happens outside any transaction; the row is inserted in its own
     * short one. If that insert fails no row is left, but the files already written stay on disk: they are
     * harmless, and a later upload of the same picture reuses them.
     *
     * @param metadata alt text, caption and credit; may be null, blank values are stored as null
     * @throws InvalidInputException on "file" when the upload is empty, too large in bytes or pixels, not one of
     *     the accepted types or unreadable; on "alt", "caption" or "credit" when a text is too long
     */
    public Image ingest(byte[] bytes, String originalFilename, ImageMetadata metadata) {
        ImageMetadata text = checked(metadata);
        ProcessedImage processed = intake.clean(bytes);
        Optional<Image> existing = images.findByHash(processed.hash());
        if (existing.isPresent()) {
            return existing.get();
        }
        intake.store(processed);
        Image image = insertOnce(processed, text);
        log.info(
                "stored image {} ({} {}x{}) from upload {}",
                image.id(),
                image.mediaType(),
                image.width(),
                image.height(),
                originalFilename == null ? null : originalFilename.replaceAll("\\p{Cntrl}", "_"));
        return image;
    }

    /**
     * The first half of {@link #ingest} for a caller that records many pictures in one transaction of its own (an
     * import): checks and cleans the picture and stores its files, outside any transaction; no row yet. Files of
     * a picture never recorded are harmless (as after a failed upload) and reused by a later upload of it.
     *
     * @throws InvalidInputException on "file" as {@link #ingest} does
     */
    public PreparedImage prepare(byte[] bytes) {
        ProcessedImage processed = intake.clean(bytes);
        if (images.findByHash(processed.hash()).isEmpty()) {
            intake.store(processed);
        }
        return new PreparedImage(
                processed.hash(),
                processed.mediaType(),
                processed.extension(),
                processed.width(),
                processed.height(),
                processed.original().length);
    }

    /**
     * The second half: the library's image for a prepared picture, inserted in the caller's transaction (rolled
     * back with it), or the one already stored with the same cleaned bytes (then {@code metadata} is ignored).
     */
    @Transactional
    public Image record(PreparedImage prepared, ImageMetadata metadata) {
        ImageMetadata text = checked(metadata);
        return images.findByHash(prepared.hash())
                .orElseGet(() -> images.find(images.insert(prepared, text, clock.millis()))
                        .orElseThrow());
    }

    /** The image, or empty when there is none with this id. */
    public Optional<Image> find(long id) {
        return images.find(id);
    }

    /**
     * The image with this id.
     *
     * @param field the request field that named the image (for a 422), or null when it is the request's target
     * @throws NotFoundException when there is none
     */
    public Image require(long id, String field) {
        return find(id).orElseThrow(() -> new NotFoundException("image", id, field));
    }

    /** The images among {@code ids} that exist, by id, in one query; ids without an image are absent. */
    public Map<Long, Image> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return images.findAll(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Image::id, Function.identity()));
    }

    /**
     * Replaces an image's alt text, caption and credit if it is still at {@code version}, and publishes
     * {@link ImageChanged}. Returns the image with its new version.
     *
     * @throws NotFoundException when there is no such image
     * @throws VersionConflictException when someone else changed it since {@code version}
     * @throws InvalidInputException when a text is too long
     */
    @Transactional
    public Image updateMetadata(long id, int version, ImageMetadata metadata) {
        ImageMetadata text = checked(metadata);
        images.find(id).orElseThrow(() -> new NotFoundException("image", id));
        if (!images.updateMetadata(id, version, text, clock.millis())) {
            throw new VersionConflictException("image", id, version);
        }
        events.publishEvent(new ImageChanged(id));
        return images.find(id).orElseThrow();
    }

    /** One page of all images, newest upload first. */
    public PageResult<Image> list(PageRequest request) {
        return new PageResult<>(
                images.page(request.size(), request.offset()), request.page(), request.size(), images.count());
    }

    /**
     * One page of the images whose alt text, caption or credit contains {@code text} (ignoring case, wildcards
     * taken literally), newest upload first; all images when {@code text} is null or blank. Only the first
     * {@value #MAX_SEARCH_LENGTH} characters of {@code text} count.
     */
    public PageResult<Image> search(String text, PageRequest request) {
        String wanted = DisplayText.cleanLine(text);
        if (wanted == null) {
            return list(request);
        }
        if (wanted.length() > MAX_SEARCH_LENGTH) {
            wanted = wanted.substring(0, MAX_SEARCH_LENGTH);
        }
        return new PageResult<>(
                images.search(wanted, request.size(), request.offset()),
                request.page(),
                request.size(),
                images.countMatching(wanted));
    }

    /**
     * Where the image is used: articles in any status that show it as their lead picture or in their body, most
     * recently changed first, at most {@value #MAX_USAGES}. Empty for an unused image.
     *
     * @throws NotFoundException when there is no such image
     */
    public List<ImageUsage> usages(long id) {
        // an img whose address is one of the image's variants, /media/<hash>-…
        return usages.showing(id, "/media/" + require(id, null).hash() + "-", MAX_USAGES);
    }

    /** The largest upload accepted, in bytes (for forms to say so, and to check before sending). */
    public long maxUploadBytes() {
        return limits.maxFileSize().toBytes();
    }

    private Image insertOnce(ProcessedImage processed, ImageMetadata text) {
        String hash = processed.hash();
        try {
            return transactions.execute(status -> images.findByHash(hash)
                    .orElseGet(() -> images.find(images.insert(processed, text, clock.millis()))
                            .orElseThrow()));
        } catch (DataAccessException e) {
            // Two uploads of the same picture raced past the check; the unique hash index let one of them in.
            return images.findByHash(hash).orElseThrow(() -> e);
        }
    }

    private static ImageMetadata checked(ImageMetadata metadata) {
        if (metadata == null) {
            return new ImageMetadata(null, null, null);
        }
        ImageMetadata text = new ImageMetadata(
                DisplayText.blankToNull(metadata.alt()),
                DisplayText.blankToNull(metadata.caption()),
                DisplayText.blankToNull(metadata.credit()));
        List<FieldProblem> problems = new ArrayList<>();
        checkLength(problems, "alt", text.alt(), 200);
        checkLength(problems, "caption", text.caption(), 300);
        checkLength(problems, "credit", text.credit(), 100);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text;
    }

    private static void checkLength(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "media.text.too-long", max));
        }
    }
}
