package com.masthead.wordpress;

import com.masthead.media.ImageLibrary;
import com.masthead.media.PreparedImage;
import com.masthead.shared.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The steps of one import: read the whole file (refused before anything is written if it is not a sound WXR
 * file), prepare the pictures the imported posts use (featured and inline: checked, cleaned and stored as files,
 * outside any transaction, so the writing step holds the database briefly), then write everything in one
 * transaction ({@link WxrRecords}).
 */
@Component
class WxrImportRun {

    /** Hears of each step: read, pictures, articles. */
    interface Steps {
        void step(String step, int done, int total);
    }

    private final WxrRecords records;
    private final ImageLibrary images;
    private final WordPressProperties properties;

    WxrImportRun(WxrRecords records, ImageLibrary images, WordPressProperties properties) {
        this.records = records;
        this.images = images;
        this.properties = properties;
    }

    ImportReport run(long id, ImportRequest request, Steps steps) throws IOException {
        steps.step("read", 0, 1);
        Wxr.Export export = new WxrReader(properties.limits()).read(request.wxr());
        steps.step("read", 1, 1);
        Path unpacked = request.uploadsZip() == null ? null : UploadsZip.unpack(request.uploadsZip(), properties);
        try {
            Path uploads = unpacked != null ? unpacked : request.uploadsDirectory();
            ReportBuilder report = new ReportBuilder();
            WxrRecords.Pictures pictures = pictures(export, new AttachmentFiles(uploads, properties), report, steps);
            records.record(id, export, pictures, report, (done, total) -> steps.step("articles", done, total));
            return report.build();
        } finally {
            UploadsZip.delete(unpacked);
        }
    }

    private WxrRecords.Pictures pictures(Wxr.Export export, AttachmentFiles files, ReportBuilder report, Steps steps) {
        Map<Long, Wxr.Item> attachments = export.items().stream()
                .filter(i -> "attachment".equals(i.type()) && i.attachmentUrl() != null)
                .collect(Collectors.toMap(Wxr.Item::id, Function.identity(), (a, b) -> a));
        List<Wxr.Item> posts = export.items().stream()
                .filter(i -> "post".equals(i.type()) && PostStatus.of(i.status()) != PostStatus.SKIPPED)
                .toList();
        Set<Long> featured = new LinkedHashSet<>();
        Set<String> inline = new LinkedHashSet<>();
        for (Wxr.Item post : posts) {
            if (post.thumbnailId() != null) {
                if (attachments.containsKey(post.thumbnailId())) {
                    featured.add(post.thumbnailId());
                } else {
                    report.skipped(
                            "image", WxrRecords.label(post), "no-attachment", String.valueOf(post.thumbnailId()));
                }
            }
            inline.addAll(WxrBody.pictureAddresses(post.content()));
        }
        Map<Long, PreparedImage> byAttachment = new HashMap<>();
        Map<String, PreparedImage> byUrl = new HashMap<>();
        int total = featured.size() + inline.size();
        int done = 0;
        List<String> urls = new ArrayList<>();
        featured.forEach(a -> urls.add(attachments.get(a).attachmentUrl()));
        urls.addAll(inline);
        List<Long> featuredIds = new ArrayList<>(featured);
        for (int i = 0; i < urls.size(); i++) {
            steps.step("pictures", done++, total);
            String url = urls.get(i);
            PreparedImage picture = byUrl.containsKey(url) ? byUrl.get(url) : prepare(url, files, report);
            if (picture != null) {
                byUrl.put(url, picture);
                if (i < featuredIds.size()) {
                    byAttachment.put(featuredIds.get(i), picture);
                }
            }
        }
        steps.step("pictures", total, total);
        return new WxrRecords.Pictures(byAttachment, byUrl);
    }

    private PreparedImage prepare(String url, AttachmentFiles files, ReportBuilder report) {
        AttachmentFiles.Found found = files.find(url);
        if (found.bytes() == null) {
            report.skipped("image", url, "image-" + found.reason(), null);
            return null;
        }
        try {
            return images.prepare(found.bytes());
        } catch (InvalidInputException e) {
            report.skipped("image", url, "image-refused", e.problems().get(0).messageKey());
            return null;
        }
    }
}
