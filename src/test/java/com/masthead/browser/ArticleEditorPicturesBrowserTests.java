package com.masthead.browser;

import static com.masthead.staff.StaffRole.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.media.ImageLibrary;
import com.masthead.support.browser.BrowserSiteTest;
import com.masthead.support.browser.EditorPage;
import com.masthead.support.browser.Pictures;
import com.masthead.support.browser.PublicArticlePage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Pictures into the article body: dropped from the desktop or pasted, uploaded through the media library with the
 * staff session, described with caption and credit, and stored as a figure with responsive variants that the
 * public page shows. A file that is not a picture, or too large, is refused with a message and the text stays.
 */
class ArticleEditorPicturesBrowserTests extends BrowserSiteTest {

    private static final AtomicInteger DESKS = new AtomicInteger();

    @TempDir
    Path dir;

    @Autowired
    ImageLibrary images;

    private String desk;
    private String reporter;

    @BeforeEach
    void aReporterOnADeskOfItsOwn() {
        long parent = jdbc.sql("select id from channel where parent_id is null order by id limit 1")
                .query(Long.class)
                .single();
        int n = DESKS.incrementAndGet();
        desk = "港口建设" + n;
        long deskId = fixtures().channel(desk, parent).get("id").asLong();
        reporter = personOnDesk("bt-picture-" + n, "丁莹", deskId, REPORTER);
        browser.driver().manage().window().setSize(new Dimension(1440, 1000));
    }

    @AfterEach
    void backToTheUsualWindow() {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void aDroppedPictureLandsAsAFigureWithCaptionAndCreditInTheSavedArticleAndOnThePublicPage() throws IOException {
        byte[] png = Files.readAllBytes(Pictures.quay(dir, System.nanoTime()));
        EditorPage editor = logIn(browser, reporter)
                .writeNewArticle()
                .channel(desk)
                .title("新港区四个泊位建成")
                .responsibleEditor("林编辑")
                .typeInBody("本报讯　新港区一期工程（四个泊位）今天建成。")
                .dropFile(png, "quay.png", "image/png")
                .describePicture("新建的四个泊位（一期）。", "本报记者 丁莹 摄");
        browser.saveScreenshot("editor-picture-1440");

        Element figure = figure(editor.bodyHtml());
        thenIsTheLibrarysResponsiveFigure(figure);
        assertThat(editor.bodyHtml()).startsWith("<p>本报讯　新港区一期工程（四个泊位）今天建成。</p>");

        EditorPage saved = editor.saveWithTheKeyboard();
        assertThat(saved.messages()).contains(text("newsroom.editor.saved"));
        JsonNode stored = api("GET", "/api/v1/articles/" + saved.articleId()).json();
        Element storedFigure = figure(stored.get("content").get("body").asText());
        thenIsTheLibrarysResponsiveFigure(storedFigure);
        assertThat(storedFigure.outerHtml()).isEqualTo(figure.outerHtml());

        String path = api("POST", "/api/v1/articles/" + saved.articleId() + "/publish")
                .json()
                .get("url")
                .asText();
        PublicArticlePage page = PublicArticlePage.open(browser, path);
        browser.script("document.querySelector('.article-body figure').scrollIntoView()");
        browser.saveScreenshot("public-article-picture-1440");
        assertThat(page.bodyPictureCaption()).isEqualTo("新建的四个泊位（一期）。本报记者 丁莹 摄");
        assertThat(page.bodyPictureCredit()).isEqualTo("本报记者 丁莹 摄");
        assertThat(page.bodyPictureLoaded()).isTrue();
    }

    @Test
    void aPastedPictureIsUploadedAndInsertedWhereTheCaretIs() throws IOException {
        byte[] png = Files.readAllBytes(Pictures.quay(dir, System.nanoTime()));
        EditorPage editor = logIn(browser, reporter)
                .writeNewArticle()
                .channel(desk)
                .title("集装箱吞吐量创新高")
                .typeInBody("本报讯　港口前十一个月吞吐量创新高。")
                .pastePicture(png, "image/png")
                .describePicture("夜间作业的码头。", "通讯员 王芳 摄");

        Element figure = figure(editor.bodyHtml());
        thenIsTheLibrarysResponsiveFigure(figure);
        assertThat(figure.selectFirst("figcaption").ownText()).isEqualTo("夜间作业的码头。");
        assertThat(figure.select("figcaption > span.credit").text()).isEqualTo("通讯员 王芳 摄");

        EditorPage saved = editor.save();
        assertThat(figure(api("GET", "/api/v1/articles/" + saved.articleId())
                                .json()
                                .get("content")
                                .get("body")
                                .asText())
                        .select("figcaption > span.credit")
                        .text())
                .isEqualTo("通讯员 王芳 摄");
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedWithAMessageAndTheTextStays() {
        String text = "本报讯　这段文字不能丢。";
        EditorPage editor = logIn(browser, reporter)
                .writeNewArticle()
                .channel(desk)
                .title("不是图片")
                .typeInBody(text)
                .dropFile("这不是图片".getBytes(StandardCharsets.UTF_8), "notes.png", "image/png");

        assertThat(editor.insertPictureRefused()).isEqualTo(text("media.file.unsupported-type"));
        assertThat(editor.bodyHtml()).isEqualTo(text);

        editor.dropZeroedFile(images.maxUploadBytes() + 1, "huge.png", "image/png");
        assertThat(editor.pictureProblem())
                .isEqualTo(text("media.file.too-large", images.maxUploadBytes() / (1024 * 1024)));
        assertThat(editor.bodyHtml()).isEqualTo(text);
    }

    @Test
    void bylineRowsFitTheSidePanelAtTheWidthsEditorsUse() {
        EditorPage editor = logIn(browser, reporter).writeNewArticle().openSection(text("newsroom.editor.bylines"));
        for (int width : new int[] {1440, 1280, 1024, 800}) {
            browser.driver().manage().window().setSize(new Dimension(width, 1000));
            browser.script("document.querySelector('#article-editor details[open] .bo-row').scrollIntoView()");
            browser.saveScreenshot("editor-bylines-" + width);
            assertThat(editor.bylineControlsOutOfPlace())
                    .as("byline controls at " + width + " px")
                    .isEmpty();
        }
    }

    private static Element figure(String html) {
        Element figure = Jsoup.parseBodyFragment(html).selectFirst("figure");
        assertThat(figure).as("a figure in " + html).isNotNull();
        return figure;
    }

    private static void thenIsTheLibrarysResponsiveFigure(Element figure) {
        Element img = figure.selectFirst("img");
        assertThat(img.attr("src")).matches("/media/[0-9a-f]{64}-a\\.png");
        String hash = img.attr("src").substring(7, 71);
        assertThat(img.attr("srcset"))
                .isEqualTo("/media/" + hash + "-t.png 240w, /media/" + hash + "-c.png 480w, /media/" + hash
                        + "-a.png 960w");
        assertThat(img.attr("sizes")).isEqualTo("(max-width: 900px) 100vw, 744px");
        assertThat(img.attr("width")).isEqualTo("960");
        assertThat(img.attr("height")).isEqualTo("540");
        assertThat(figure.select("figcaption > span.credit")).hasSize(1);
    }
}
