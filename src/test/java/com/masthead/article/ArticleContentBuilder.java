package com.masthead.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture for {@link ArticleContent}. The defaults make an original article that may be published at once
 * (a responsible editor is named); each method changes one thing. Use {@link #anArticleContent()}.
 */
final class ArticleContentBuilder {

    static final long NEWS_CHANNEL = 3L;

    private Long channelId = NEWS_CHANNEL;
    private String kicker = null;
    private String title = "全市春耕备耕工作全面展开";
    private String subtitle = null;
    private String summary = "各区县抓住农时，保障种子化肥供应。";
    private String body = "<p>记者从市农业农村局获悉，全市春耕备耕工作已全面展开。</p>";
    private Source source = null;
    private RightsType rights = RightsType.ORIGINAL;
    private OriginalSource original = null;
    private LeadImage leadImage = null;
    private Long seriesId = null;
    private Integer seriesPart = null;
    private Long pageId = null;
    private String responsibleEditor = "张明";
    private List<Byline> bylines = new ArrayList<>(List.of(new Byline(BylineRole.REPORTER, "王晓")));
    private List<String> tags = new ArrayList<>(List.of("春耕"));

    private ArticleContentBuilder() {}

    static ArticleContentBuilder anArticleContent() {
        return new ArticleContentBuilder();
    }

    /** A reprint that names its original in full, and so may be published. */
    ArticleContentBuilder reprint() {
        this.rights = RightsType.REPRINT;
        this.original = anOriginal();
        return this;
    }

    static OriginalSource anOriginal() {
        return new OriginalSource("新华社", "李华", "春耕生产有序推进", "https://www.example.cn/2025/03/17/spring.html");
    }

    ArticleContentBuilder withOriginal(OriginalSource original) {
        this.original = original;
        return this;
    }

    ArticleContentBuilder withoutOriginal() {
        return withOriginal(null);
    }

    ArticleContentBuilder withoutResponsibleEditor() {
        return withResponsibleEditor(null);
    }

    ArticleContentBuilder withResponsibleEditor(String responsibleEditor) {
        this.responsibleEditor = responsibleEditor;
        return this;
    }

    ArticleContentBuilder inChannel(long channelId) {
        this.channelId = channelId;
        return this;
    }

    ArticleContentBuilder inSeries(long seriesId, int part) {
        this.seriesId = seriesId;
        this.seriesPart = part;
        return this;
    }

    ArticleContentBuilder onPrintPage(long pageId) {
        this.pageId = pageId;
        return this;
    }

    ArticleContentBuilder titled(String title) {
        this.title = title;
        return this;
    }

    ArticleContentBuilder withBody(String body) {
        this.body = body;
        return this;
    }

    ArticleContentBuilder withKicker(String kicker) {
        this.kicker = kicker;
        return this;
    }

    ArticleContentBuilder withSubtitle(String subtitle) {
        this.subtitle = subtitle;
        return this;
    }

    ArticleContentBuilder withSource(Source source) {
        this.source = source;
        return this;
    }

    ArticleContentBuilder withLeadImage(LeadImage leadImage) {
        this.leadImage = leadImage;
        return this;
    }

    ArticleContentBuilder withBylines(Byline... bylines) {
        this.bylines = new ArrayList<>(List.of(bylines));
        return this;
    }

    ArticleContentBuilder withTags(String... tags) {
        this.tags = new ArrayList<>(List.of(tags));
        return this;
    }

    ArticleContent build() {
        return new ArticleContent(
                channelId,
                kicker,
                title,
                subtitle,
                summary,
                body,
                source,
                rights,
                original,
                leadImage,
                seriesId,
                seriesPart,
                pageId,
                responsibleEditor,
                bylines,
                tags);
    }
}
