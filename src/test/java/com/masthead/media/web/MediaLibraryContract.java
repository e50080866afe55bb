package com.masthead.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.backoffice.web.AdminScreens;
import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.staff.StaffRole;
import com.masthead.support.MultipartUpload;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The media library screen over real HTTP: multipart uploads, text, search, variants, where-used. */
public interface MediaLibraryContract extends AdminScreens {

    AtomicLong PICTURES = new AtomicLong(System.nanoTime());

    default byte[] aPicture() {
        return MultipartUpload.png(64, 48, PICTURES.incrementAndGet());
    }

    default Image upload(StaffSession session, String caption) {
        session.page("/admin/media");
        HttpResponse<String> response = new MultipartUpload()
                .field("alt", "测试图片的替代文字")
                .field("caption", caption)
                .field("credit", "本报记者 测试 摄")
                .file("picture.png", "image/png", aPicture())
                .post(session, uri("/admin/media"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*/admin/media/(\\d+).*", "$1"));
        return bean(ImageLibrary.class).require(id, null);
    }

    @Test
    default void theLibraryLabelsEveryControlAndOffersAPlainFileInputWithDragAndDropOnTop() {
        StaffSession reporter = loginAs("media-reporter", StaffRole.REPORTER);

        Document library = reporter.page("/admin/media");

        thenEveryControlIsLabelled(library);
        Element form = library.selectFirst("form[enctype=multipart/form-data][method=post][action=/admin/media]");
        assertThat(form).isNotNull();
        assertThat(form.select("input[type=file][name=file]")).hasSize(1);
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(library.select("[data-dropzone][data-max-bytes]")).hasSize(1);
        String script = library.select("script[src*=media-upload]").attr("src");
        assertThat(get(script).statusCode()).isEqualTo(200);
        assertThat(library.select("#q[hx-get=/admin/media/results]")).hasSize(1);
        assertThat(library.select("form[role=search][method=get] button[type=submit]"))
                .hasSize(1);
    }

    @Test
    default void aMultipartUploadStoresThePictureWithItsTextAndItsPageShowsEveryVariant() {
        StaffSession reporter = loginAs("media-reporter", StaffRole.REPORTER);
        long before = countRows("image");

        Image image = upload(reporter, "码头上的集装箱");

        assertThat(countRows("image")).isEqualTo(before + 1);
        assertThat(image.caption()).isEqualTo("码头上的集装箱");
        assertThat(image.credit()).isEqualTo("本报记者 测试 摄");
        Document page = reporter.page("/admin/media/" + image.id() + "?uploaded");
        assertThat(page.select("[role=status]").text()).isNotBlank();
        thenEveryControlIsLabelled(page);
        List<String> variantLinks = page.select(".bo-variants a").eachAttr("href");
        assertThat(variantLinks).hasSize(4).allMatch(url -> url.startsWith("/media/" + image.hash() + "-"));
        variantLinks.forEach(url -> assertThat(get(url).statusCode()).as(url).isEqualTo(200));
        assertThat(reporter.page("/admin/media")
                        .select(".bo-media-grid a[href=/admin/media/" + image.id() + "] img")
                        .attr("src"))
                .startsWith("/media/" + image.hash() + "-t.");
    }

    @Test
    default void aMissingFileNonImageBytesOrTooLongTextAreNamedAndNothingIsStored() {
        StaffSession editor = loginAs("media-editor", StaffRole.EDITOR);
        editor.page("/admin/media");
        long before = countRows("image");

        HttpResponse<String> noFile = new MultipartUpload().field("alt", "没有文件").post(editor, uri("/admin/media"));
        Document refused = thenRefusedAt(noFile, "file");
        assertThat(refused.select("#alt").val()).isEqualTo("没有文件");

        HttpResponse<String> notAnImage = new MultipartUpload()
                .file("notes.png", "image/png", "这不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(editor, uri("/admin/media"));
        thenRefusedAt(notAnImage, "file");

        HttpResponse<String> longAlt = new MultipartUpload()
                .field("alt", "长".repeat(201))
                .file("picture.png", "image/png", aPicture())
                .post(editor, uri("/admin/media"));
        thenRefusedAt(longAlt, "alt");

        assertThat(countRows("image")).isEqualTo(before);
    }

    @Test
    default void anUploadWithoutTheCsrfTokenIsRefused() {
        StaffSession editor = loginAs("media-editor", StaffRole.EDITOR);
        editor.page("/admin/media");
        long before = countRows("image");

        HttpResponse<String> response = new MultipartUpload()
                .withoutCsrfToken()
                .file("picture.png", "image/png", aPicture())
                .post(editor, uri("/admin/media"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(countRows("image")).isEqualTo(before);
    }

    @Test
    default void editingTheTextNeedsTheVersionThatWasRead() {
        StaffSession editor = loginAs("media-editor", StaffRole.EDITOR);
        Image image = upload(editor, "旧说明");
        editor.page("/admin/media/" + image.id());
        Map<String, String> form = Map.of(
                "alt", "新的替代文字",
                "caption", "新说明",
                "credit", "新华社",
                "version", String.valueOf(image.version()));

        thenSavedAndRedirectedTo(editor, editor.post("/admin/media/" + image.id(), form), "/admin/media/" + image.id());
        Image saved = bean(ImageLibrary.class).require(image.id(), null);
        assertThat(saved.caption()).isEqualTo("新说明");
        assertThat(saved.credit()).isEqualTo("新华社");

        Document stale = thenRefusedAt(editor.post("/admin/media/" + image.id(), form), "version");
        assertThat(stale.select("#caption").val()).isEqualTo("新说明");
        thenRefusedAt(
                editor.post(
                        "/admin/media/" + image.id(),
                        Map.of("caption", "长".repeat(301), "version", String.valueOf(saved.version()))),
                "caption");
        assertThat(bean(ImageLibrary.class).require(image.id(), null)).isEqualTo(saved);
    }

    @Test
    default void searchFindsTextInCaptionsAltAndCreditsAsAPageAndAsAFragment() {
        StaffSession editor = loginAs("media-editor", StaffRole.EDITOR);
        String marker = "检索标记" + PICTURES.incrementAndGet();
        Image wanted = upload(editor, "港口夜景 " + marker);
        Image other = upload(editor, "山间公路");

        Document page = editor.page(
                "/admin/media?q=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select(".bo-media-grid a").eachAttr("href")).containsExactly("/admin/media/" + wanted.id());
        assertThat(page.select("#q").val()).isEqualTo(marker);

        HttpResponse<String> fragment = editor.get("/admin/media/results?q="
                + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fragment.statusCode()).isEqualTo(200);
        Document grid = Jsoup.parse(fragment.body());
        assertThat(grid.select("header, form, h1")).isEmpty();
        assertThat(grid.select(".bo-media-grid a").eachAttr("href")).containsExactly("/admin/media/" + wanted.id());

        assertThat(editor.page("/admin/media?q=%25").select(".bo-media-grid a").eachAttr("href"))
                .doesNotContain("/admin/media/" + wanted.id(), "/admin/media/" + other.id());
    }

    @Test
    default void leadPicturesOfferEveryVariantWidthWithTheSizesOfTheirLayoutOnArticleChannelAndSeriesPages() {
        StaffSession editor = loginAs("media-editor", StaffRole.EDITOR);
        editor.page("/admin/media");
        HttpResponse<String> uploaded = new MultipartUpload()
                .field("alt", "海上风电场")
                .file("wind.png", "image/png", MultipartUpload.png(1200, 675, PICTURES.incrementAndGet()))
                .post(editor, uri("/admin/media"));
        long imageId = Long.parseLong(
                uploaded.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/media/(\\d+).*", "$1"));
        String hash = bean(ImageLibrary.class).require(imageId, null).hash();
        String srcset =
                "/media/" + hash + "-t.png 240w, /media/" + hash + "-c.png 480w, /media/" + hash + "-a.png 960w";
        var channel = fixtures().channel("风电栏目" + PICTURES.incrementAndGet(), null);
        var series = fixtures().series("海上风电系列" + PICTURES.incrementAndGet());
        String article = fixtures()
                .article(channel.get("id").asLong())
                .set("title", "海上风电场并网发电")
                .set("leadImage", Map.of("imageId", imageId))
                .set("seriesId", series.get("id").asLong())
                .set("seriesPart", 1)
                .publish()
                .get("url")
                .asText();

        Element lead = page(article).selectFirst("figure.lead-figure img");
        assertThat(lead.attr("src")).isEqualTo("/media/" + hash + "-a.png");
        assertThat(lead.attr("srcset")).isEqualTo(srcset);
        assertThat(lead.attr("sizes")).isEqualTo("(max-width: 900px) 100vw, 744px");
        assertThat(lead.attr("width")).isEqualTo("960");
        assertThat(lead.attr("height")).isEqualTo("540");
        Element home = page("/").selectFirst(".lead-story img");
        assertThat(home.attr("src"))
                .as("the newest article with a picture leads")
                .isEqualTo("/media/" + hash + "-c.png");
        assertThat(home.attr("srcset")).isEqualTo(srcset);
        assertThat(home.attr("sizes")).isEqualTo("(max-width: 900px) 100vw, 680px");
        for (String list :
                List.of(channel.get("url").asText(), series.get("url").asText())) {
            Element teaser = page(list).selectFirst(".teaser-image img[src*=" + hash + "]");
            assertThat(teaser).as("teaser picture on " + list).isNotNull();
            assertThat(teaser.attr("srcset")).isEqualTo(srcset);
            assertThat(teaser.attr("sizes")).isEqualTo("(max-width: 640px) 112px, 200px");
        }
    }

    @Test
    default void whereUsedListsArticlesUsingThePictureAsLeadOrInTheBody() {
        StaffSession editor = loginAs("media-editor", StaffRole.EDITOR);
        Image image = upload(editor, "使用位置");
        long channel = fixtures().channel("图片使用栏目", null).get("id").asLong();
        assertThat(editor.page("/admin/media/" + image.id()).select("main table"))
                .isEmpty();

        long lead = fixtures()
                .article(channel)
                .set("title", "题图稿件")
                .set("leadImage", Map.of("imageId", image.id()))
                .create();
        long body = fixtures()
                .article(channel)
                .set("title", "插图稿件")
                .set(
                        "body",
                        "<p>正文。</p><p><img src=\"" + image.url(com.masthead.media.ImageVariant.ARTICLE)
                                + "\" alt=\"插图\"></p>")
                .create();
        fixtures().article(channel).set("title", "无关稿件").create();

        Document page = editor.page("/admin/media/" + image.id());
        assertThat(page.select("main table tbody tr")).hasSize(2);
        assertThat(page.select("main table tbody tr:contains(#" + lead + ")").text())
                .contains("题图稿件");
        assertThat(page.select("main table tbody tr:contains(#" + body + ")").text())
                .contains("插图稿件");
        assertThat(page.select("main table tbody tr:contains(#" + lead + ") .bo-tag"))
                .hasSize(1);
        assertThat(page.select("main table tbody tr:contains(#" + body + ") .bo-tag"))
                .hasSize(1);
        assertThat(page.select("main table").text()).doesNotContain("无关稿件");
    }
}
