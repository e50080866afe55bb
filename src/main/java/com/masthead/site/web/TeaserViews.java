package com.masthead.site.web;

import com.masthead.article.ArticleTeaser;
import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageVariant;
import com.masthead.media.ResponsiveImage;
import com.masthead.pagecache.PageTags;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.DisplayText;
import com.masthead.shared.PageResult;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Turns teasers into display rows, resolving all their pictures with one query. */
@Component
public class TeaserViews {

    static final int SUMMARY_LENGTH = 90;

    private final ImageLibrary images;
    private final SiteSettingsService settings;

    TeaserViews(ImageLibrary images, SiteSettingsService settings) {
        this.images = images;
        this.settings = settings;
    }

    public PageResult<TeaserView> page(PageResult<ArticleTeaser> page, ImageVariant variant) {
        return new PageResult<>(of(page.items(), variant), page.page(), page.size(), page.total());
    }

    public List<TeaserView> of(List<ArticleTeaser> teasers, ImageVariant variant) {
        List<Long> imageIds = teasers.stream()
                .map(ArticleTeaser::leadImageId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, Image> pictures = variant == null || imageIds.isEmpty() ? Map.of() : images.findAll(imageIds);
        ZoneId zone = settings.current().timeZone();
        teasers.forEach(t -> PageTags.add("teaser", t.id()));
        pictures.keySet().forEach(id -> PageTags.add("image", id));
        return teasers.stream()
                .map(t -> new TeaserView(
                        t.kicker(),
                        t.title(),
                        t.url(),
                        SiteFormat.shortTime(t.publishedAt(), zone),
                        SiteFormat.date(t.publishedAt(), zone),
                        t.summary() == null ? null : DisplayText.cut(t.summary(), SUMMARY_LENGTH),
                        picture(t, pictures) == null
                                ? null
                                : picture(t, pictures).url(variant),
                        picture(t, pictures) == null
                                ? null
                                : ResponsiveImage.of(picture(t, pictures)).srcset()))
                .toList();
    }

    private static Image picture(ArticleTeaser teaser, Map<Long, Image> pictures) {
        return teaser.leadImageId() == null ? null : pictures.get(teaser.leadImageId());
    }
}
