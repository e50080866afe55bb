package com.masthead.epaper;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and sizes of the digital edition ({@code masthead.epaper.*}).
 *
 * @param imageWidths the widths, in pixels, at which every page is rendered (the smallest is the thumbnail of
 *     版面导航, the largest the zoomed page); default 160, 480, 960, 1600
 * @param maxFileSize largest PDF accepted in one upload (a 48-page broadsheet issue with pictures is 60–150 MB)
 * @param maxPages most pages one PDF may have
 * @param maxPageSidePt largest page width or height, in PDF points (14,400 pt = 5 m; a broadsheet is about 1,600 pt
 *     tall)
 * @param maxConcurrentRenders how many pages may be rendered at once, across all intakes
 */
@ConfigurationProperties("masthead.epaper")
public record EpaperProperties(
        List<Integer> imageWidths, DataSize maxFileSize, int maxPages, double maxPageSidePt, int maxConcurrentRenders) {

    public EpaperProperties {
        imageWidths = imageWidths == null || imageWidths.isEmpty()
                ? List.of(160, 480, 960, 1600)
                : imageWidths.stream().sorted().distinct().toList();
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(200) : maxFileSize;
        maxPages = maxPages <= 0 ? 200 : maxPages;
        maxPageSidePt = maxPageSidePt <= 0 ? 14_400 : maxPageSidePt;
        maxConcurrentRenders = maxConcurrentRenders <= 0 ? 2 : maxConcurrentRenders;
    }

    public int thumbnailWidth() {
        return imageWidths.get(0);
    }

    public int largestWidth() {
        return imageWidths.get(imageWidths.size() - 1);
    }
}
