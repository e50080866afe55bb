package com.masthead.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** Feeds, sitemaps, robots.txt and the structured data of pages, over real HTTP, parsed the way machines do. */
interface DiscoveryContract extends SiteClient {

    /** Some image in the library (the demo newspaper brings pictures). */
    long anyImageId();

    @Test
    default void feedsAndSitemapsDropCharactersXmlCannotCarryFromStoredText() throws Exception {
        ContentFixtures f = fixtures();
        long channel = f.channel("控制字符订阅", null).get("id").asLong();
        long id = f.article(channel)
                .set("title", "控制字符标题")
                .set("summary", "控制字符导语")
                .publish()
                .get("id")
                .asLong();
        // rows stored before names were cleaned on input, or written by hand (PostgreSQL refuses NUL itself)
        database()
                .sql("update channel set name = ?, description = ? where id = ?")
                .params("控制\u0001字符\u0008订阅", "简介\u001b\uFFFE", channel)
                .update();
        database()
                .sql("update article set title = ?, summary = ? where id = ?")
                .params("控制\u0001字符\u0008标题\u001b", "控制\u000b字符导语", id)
                .update();
        f.channel("控制字符之后", null); // a channel change reloads the tree and empties the page cache

        for (String path : List.of("/feeds/rss.xml", "/feeds/channels/" + channel + "/rss.xml")) {
            SyndEntry entry = entryTitled(feed(path, "application/rss+xml"), "控制字符标题");
            assertThat(entry.getDescription().getValue()).isEqualTo("控制字符导语");
        }
        for (String path : List.of("/feeds/atom.xml", "/feeds/channels/" + channel + "/atom.xml")) {
            entryTitled(feed(path, "application/atom+xml"), "控制字符标题");
        }
        assertThat(feed("/feeds/channels/" + channel + "/rss.xml", "application/rss+xml")
                        .getTitle())
                .startsWith("控制字符订阅");
        HttpResponse<String> news = get("/sitemaps/news.xml");
        assertThat(news.statusCode()).isEqualTo(200);
        validate(news.body(), "sitemap/sitemap.xsd");
        assertThat(texts(news.body(), "title")).contains("控制字符标题");
        HttpResponse<String> pages = get("/sitemaps/pages.xml");
        assertThat(pages.statusCode()).isEqualTo(200);
        validate(pages.body(), "sitemap/sitemap.xsd");
    }

    @Test
    default void siteAndChannelFeedsParseAsRssAndAtomWithSummaryAndEnclosure() throws Exception {
        ContentFixtures f = fixtures();
        long channel = f.channel("订阅测试", null).get("id").asLong();
        JsonNode article = f.article(channel)
                .set("title", "订阅源里的新稿件")
                .set("summary", "这是完整的导语文字。")
                .set("leadImage", Map.of("imageId", anyImageId()))
                .publish();

        for (String path : List.of("/feeds/rss.xml", "/feeds/channels/" + channel + "/rss.xml")) {
            SyndFeed rss = feed(path, "application/rss+xml");
            assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
            SyndEntry entry = entryTitled(rss, "订阅源里的新稿件");
            assertThat(entry.getLink()).endsWith(article.get("url").asString()).startsWith("http");
            assertThat(entry.getDescription().getValue()).isEqualTo("这是完整的导语文字。");
            assertThat(entry.getEnclosures()).hasSize(1);
            assertThat(entry.getEnclosures().get(0).getType()).startsWith("image/");
            assertThat(entry.getEnclosures().get(0).getLength()).isPositive();
        }
        SyndFeed atom = feed("/feeds/channels/" + channel + "/atom.xml", "application/atom+xml");
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getEntries()).hasSize(1);
        assertThat(entryTitled(atom, "订阅源里的新稿件").getPublishedDate()).isNotNull();
        assertThat(feed("/feeds/atom.xml", "application/atom+xml").getEntries()).isNotEmpty();
        assertThat(get("/feeds/channels/987654321/rss.xml").statusCode()).isEqualTo(404);
    }

    @Test
    default void sitemapIndexListsValidPagedSitemapsThatContainPublishedArticles() throws Exception {
        ContentFixtures f = fixtures();
        long channel = f.channel("地图测试", null).get("id").asLong();
        JsonNode article = f.article(channel).publish();
        long draft = f.article(channel).create();

        HttpResponse<String> index = get("/sitemap.xml");
        assertThat(index.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
        validate(index.body(), "sitemap/siteindex.xsd");
        List<String> sitemaps = texts(index.body(), "loc");
        assertThat(sitemaps)
                .anyMatch(u -> u.endsWith("/sitemaps/pages.xml"))
                .anyMatch(u -> u.endsWith("/sitemaps/news.xml"));

        long block = article.get("id").asLong() / 10_000;
        String articles = get("/sitemaps/articles-" + block + ".xml").body();
        validate(articles, "sitemap/sitemap.xsd");
        List<String> urls = texts(articles, "loc");
        assertThat(urls).anyMatch(u -> u.endsWith(article.get("url").asString()));
        assertThat(urls).noneMatch(u -> u.contains("/" + draft + ".html"));
        assertThat(texts(articles, "lastmod")).isNotEmpty();
        for (String sitemap : sitemaps) {
            String path = sitemap.replaceFirst("^https?://[^/]+", "");
            validate(get(path).body(), "sitemap/sitemap.xsd");
        }
        assertThat(get("/sitemaps/articles-99999999.xml").statusCode()).isEqualTo(404);
    }

    @Test
    default void newsSitemapHasOnlyTheLastTwoDaysWithPublicationAndTitle() throws Exception {
        ContentFixtures f = fixtures();
        long channel = f.channel("新闻地图", null).get("id").asLong();
        JsonNode fresh = f.article(channel).set("title", "两天内的新闻").publish();
        long oldId = f.article(channel).set("title", "三天前的旧闻").create();
        String past = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3) + "T08:00:00Z";
        api("POST", "/api/v1/articles/" + oldId + "/publish")
                .body(Map.of("publishedAt", past))
                .send();

        String xml = get("/sitemaps/news.xml").body();

        validate(xml, "sitemap/sitemap.xsd");
        org.w3c.dom.Document doc = dom(xml);
        NodeList news = doc.getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "news");
        assertThat(news.getLength()).isPositive();
        List<String> titles = texts(xml, "title");
        assertThat(titles).contains("两天内的新闻").doesNotContain("三天前的旧闻");
        Element first = (Element) news.item(0);
        assertThat(first.getElementsByTagNameNS("*", "name").item(0).getTextContent())
                .isNotBlank();
        assertThat(first.getElementsByTagNameNS("*", "language").item(0).getTextContent())
                .isEqualTo("zh-cn");
        assertThat(first.getElementsByTagNameNS("*", "publication_date").item(0).getTextContent())
                .matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(fresh.get("url").asString()).isNotBlank();
    }

    @Test
    default void robotsTxtNamesBothSitemaps() {
        String robots = get("/robots.txt").body();

        assertThat(robots).contains("User-agent: *").contains("Disallow: /api/");
        assertThat(robots.lines().filter(l -> l.startsWith("Sitemap: ")))
                .anyMatch(l -> l.endsWith("/sitemap.xml"))
                .anyMatch(l -> l.endsWith("/sitemaps/news.xml"));
    }

    @Test
    default void inDemoModeAbsoluteLinksNameThePortTheServerListensOn() {
        HttpResponse<String> robots = get("/robots.txt");
        String actual = "http://localhost:" + robots.uri().getPort();
        JsonNode article = fixtures()
                .article(fixtures().channel("本机地址", null).get("id").asLong())
                .set("title", "本机地址的文章")
                .publish();
        String url = actual + article.get("url").asString();

        assertThat(robots.body().lines().filter(l -> l.startsWith("Sitemap: ")))
                .hasSize(2)
                .allMatch(l -> l.startsWith("Sitemap: " + actual + "/"));
        Document doc = page(article.get("url").asString());
        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(doc.select("meta[property=og:url]").attr("content")).isEqualTo(url);
        JsonNode ld = parse(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("url").asString()).isEqualTo(url);
        Document form = page("/corrections/new?article=" + article.get("id").asLong());
        assertThat(form.select("input[name=article]").val()).isEqualTo(url);
    }

    @Test
    default void articlePageCarriesNewsArticleJsonLdOpenGraphAndTwitterTags() {
        ContentFixtures f = fixtures();
        long channel = f.channel("结构化数据", null).get("id").asLong();
        ContentFixtures.PrintPage page =
                f.printPage("结构化日报", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1), 2, "要闻");
        JsonNode series = f.series("结构化系列");
        JsonNode article = f.article(channel)
                .set("title", "标题里有 </script> 和 \"引号\"")
                .set("summary", "结构化数据的导语。")
                .set("leadImage", Map.of("imageId", anyImageId()))
                .set("seriesId", series.get("id").asLong())
                .set("seriesPart", 1)
                .set("pageId", page.pageId())
                .set("responsibleEditor", "孙责编")
                .publish();

        Document doc = page(article.get("url").asString());

        JsonNode ld = parse(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asString()).isEqualTo("标题里有 </script> 和 \"引号\"");
        assertThat(ld.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(ld.get("dateModified").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(ld.get("author").get(0).get("name").asString()).isEqualTo("王记者");
        assertThat(ld.get("editor").get("name").asString()).isEqualTo("孙责编");
        assertThat(ld.get("publisher").get("name").asString()).isNotBlank();
        assertThat(ld.get("publisher").get("logo").get("url").asString()).startsWith("http");
        assertThat(ld.get("image").get(0).asString()).startsWith("http");
        assertThat(ld.get("isPartOf").get("name").asString()).isEqualTo("结构化系列");
        assertThat(ld.get("printEdition").asString()).contains("结构化日报");
        assertThat(ld.get("printSection").asString()).isEqualTo("要闻");
        assertThat(ld.get("printPage").asString()).isEqualTo("2");
        assertThat(doc.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo("标题里有 </script> 和 \"引号\"");
        assertThat(doc.select("meta[property=og:url]").attr("content"))
                .endsWith(article.get("url").asString());
        assertThat(doc.select("meta[property=og:image]").attr("content")).startsWith("http");
        assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(doc.select("link[rel=canonical]").attr("href"))
                .endsWith(article.get("url").asString());
        assertThat(doc.select("script[src^=/assets/most-read.js]").attr("data-article"))
                .isEqualTo(article.get("id").asString());
    }

    @Test
    default void channelPageCarriesBreadcrumbList() {
        ContentFixtures f = fixtures();
        JsonNode parent = f.channel("面包屑上级", null);
        JsonNode child = f.channel("面包屑下级", parent.get("id").asLong());
        String url = "/channel/" + parent.get("slug").asString() + "/"
                + child.get("slug").asString() + "/";

        Document doc = page(url);

        JsonNode ld = parse(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asString()).isEqualTo("BreadcrumbList");
        JsonNode items = ld.get("itemListElement");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("position").asInt()).isEqualTo(1);
        assertThat(items.get(1).get("name").asString()).isEqualTo("面包屑上级");
        assertThat(items.get(2).get("item").asString()).startsWith("http").endsWith(url);
    }

    @Test
    default void feedsAndSitemapsAreCachedAndAnArticleChangeEvictsExactlyThoseListingIt() throws Exception {
        ContentFixtures f = fixtures();
        long channel = f.channel("缓存订阅", null).get("id").asLong();
        long otherChannel = f.channel("无关订阅", null).get("id").asLong();
        f.article(otherChannel).publish();
        JsonNode first =
                f.article(channel).set("title", ContentFixtures.unique("首篇")).publish();
        long firstId = first.get("id").asLong();
        String firstBlock = "/sitemaps/articles-" + firstId / 10_000 + ".xml";
        List<String> listing = List.of(
                "/feeds/rss.xml",
                "/feeds/atom.xml",
                "/feeds/channels/" + channel + "/rss.xml",
                "/sitemaps/news.xml",
                "/sitemap.xml",
                firstBlock);
        List<String> unrelated =
                List.of("/feeds/channels/" + otherChannel + "/atom.xml", "/robots.txt", "/sitemaps/pages.xml");
        for (String path : concat(listing, unrelated)) {
            get(path);
            assertThat(cacheStatus(path)).as(path).isEqualTo("HIT");
        }

        String newTitle = ContentFixtures.unique("改题");
        HttpResponse<String> put = api("PUT", "/api/v1/articles/" + firstId)
                .header("If-Match", "\"" + first.get("version").asInt() + "\"")
                .body(f.article(channel).set("title", newTitle).json())
                .send();
        assertThat(put.statusCode()).isEqualTo(200);
        // the edit is a working copy until it is published again
        assertThat(api("POST", "/api/v1/articles/" + firstId + "/publish")
                        .as(StaffRole.EDITOR_IN_CHIEF)
                        .send()
                        .statusCode())
                .isEqualTo(200);

        for (String path : listing) {
            HttpResponse<String> fresh = get(path);
            assertThat(fresh.headers().firstValue("X-Cache")).as(path).contains("MISS");
        }
        for (String path : List.of("/feeds/rss.xml", "/feeds/channels/" + channel + "/rss.xml", "/sitemaps/news.xml")) {
            assertThat(get(path).body()).as(path).contains(newTitle);
        }
        for (String path : unrelated) {
            assertThat(cacheStatus(path)).as(path).isEqualTo("HIT");
        }

        api("POST", "/api/v1/articles/" + firstId + "/unpublish")
                .body(Map.of("reason", "缓存测试撤稿"))
                .send();

        assertThat(get("/feeds/atom.xml").body()).doesNotContain(newTitle);
        assertThat(texts(get(firstBlock).body(), "loc"))
                .noneMatch(u -> u.endsWith(first.get("url").asString()));
        assertThat(get("/sitemaps/news.xml").body()).doesNotContain(newTitle);
    }

    @Test
    default void sitemapIndexListsABlockAsSoonAsItsFirstArticleIsPublished() throws Exception {
        ContentFixtures f = fixtures();
        long channel = f.channel("地图分块", null).get("id").asLong();
        JsonNode article = f.article(channel).publish();
        String block = "/sitemaps/articles-" + article.get("id").asLong() / 10_000 + ".xml";

        List<String> listed = texts(get("/sitemap.xml").body(), "loc");

        assertThat(listed).anyMatch(u -> u.endsWith(block));
        assertThat(listed).noneMatch(u -> u.endsWith("/sitemaps/articles-99999999.xml"));
    }

    private String cacheStatus(String path) {
        return get(path).headers().firstValue("X-Cache").orElse("none");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private SyndFeed feed(String path, String contentType) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private static SyndEntry entryTitled(SyndFeed feed, String title) {
        return feed.getEntries().stream()
                .filter(e -> e.getTitle().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + title));
    }

    private static void validate(String xml, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var validator = factory.newSchema(
                        DiscoveryContract.class.getClassLoader().getResource(schema))
                .newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    private static org.w3c.dom.Document dom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(String xml, String localName) throws Exception {
        NodeList nodes = dom(xml).getElementsByTagNameNS("*", localName);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent().strip())
                .toList();
    }
}
