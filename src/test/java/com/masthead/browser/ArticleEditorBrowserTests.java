package com.masthead.browser;

import static com.masthead.staff.StaffRole.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.browser.BrowserSiteTest;
import com.masthead.support.browser.EditorPage;
import com.masthead.support.browser.ReviewPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The article editor for real copy: the wide layout, paste from a Word-like clipboard, the live word count (字数),
 * the keyboard shortcuts and the warning before leaving with unsaved changes.
 */
class ArticleEditorBrowserTests extends BrowserSiteTest {

    private static final AtomicInteger DESKS = new AtomicInteger();

    private String desk;
    private String reporter;

    @BeforeEach
    void aReporterOnADeskOfItsOwn() {
        long parent = jdbc.sql("select id from channel where parent_id is null order by id limit 1")
                .query(Long.class)
                .single();
        int n = DESKS.incrementAndGet();
        desk = "质量新闻" + n;
        long deskId = fixtures().channel(desk, parent).get("id").asLong();
        reporter = personOnDesk("bt-copy-" + n, "丁莹", deskId, REPORTER);
        browser.driver().manage().window().setSize(new Dimension(1440, 1000));
    }

    @AfterEach
    void backToTheUsualWindow() {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void onAWideScreenTheBodyTakesTheWidthAndTheFactsSitInAPanelBesideIt() {
        EditorPage editor = logIn(browser, reporter).writeNewArticle();

        List<Long> body = editor.bodyBox();
        List<Long> side = editor.sidePanelBox();
        assertThat(body.get(2) - body.get(0)).as("body column width").isGreaterThan(700);
        assertThat(side.get(0)).as("side panel left of body right").isGreaterThanOrEqualTo(body.get(2));
        assertThat(side.get(1)).as("side panel starts above the body's end").isLessThan(body.get(3));
        assertThat(editor.closedSections())
                .containsExactly(
                        text("newsroom.editor.placement"),
                        text("newsroom.editor.bylines"),
                        text("newsroom.editor.rights"));
    }

    @Test
    void pastingFromWordKeepsStructureAndTextExactlyAndTheServerStoresTheSameBody() throws IOException {
        String expected = "<h2>质量强国建设纲要发布</h2>"
                + "<p>本报讯　记者获悉：该项目（一期）投资１２亿元，<b>今年年底</b>建成投产。</p>"
                + "<p><i>Made in China 2025</i>计划详见<a href=\"https://www.example.gov.cn/zhengce/2025.htm\""
                + " rel=\"noopener noreferrer nofollow\">国务院网站</a>。</p>"
                + "<ol><li>加强标准建设；</li><li>提升计量能力。</li></ol>"
                + "<p>（完）</p>";
        EditorPage editor = logIn(browser, reporter)
                .writeNewArticle()
                .channel(desk)
                .title("质量强国建设纲要发布")
                .pasteHtml(clipboard("word-list-clipboard.html"));

        assertThat(withoutLineBreaks(editor.bodyHtml()))
                .doesNotContain("span", "font", "style", "class", "o:p", "mso", "宋体", "1.")
                .contains("<h2>质量强国建设纲要发布</h2>", "<b>今年年底</b>", "<ol><li>加强标准建设；</li>")
                .contains("本报讯　记者获悉：该项目（一期）投资１２亿元，");
        // 质量强国建设纲要发布 10 + 本报讯记者获悉该项目一期投资亿元 16 + 今年年底建成投产 8 + 计划详见国务院网站 9
        // + 加强标准建设提升计量能力 12 + 完 1 = 56 CJK characters; Made, in, China, 2025, １２ = 5 words
        assertThat(editor.wordCount()).isEqualTo(61);

        EditorPage saved = editor.saveWithTheKeyboard();
        assertThat(saved.messages()).contains(text("newsroom.editor.saved"));
        assertThat(withoutLineBreaks(saved.bodyHtml())).isEqualTo(expected);
    }

    @Test
    void shortcutsSaveAndSubmitAndLeavingAsksOnlyWhileThereAreUnsavedChanges() {
        EditorPage editor = logIn(browser, reporter).writeNewArticle();
        assertThat(editor.leavingWouldAsk()).isFalse();

        editor.channel(desk).title("计量能力提升").typeInBody("本报讯 Made in China 2025计划，");
        assertThat(editor.wordCount()).isEqualTo(9);
        assertThat(editor.leavingWouldAsk()).isTrue();

        EditorPage saved = editor.saveWithTheKeyboard();
        assertThat(saved.messages()).contains(text("newsroom.editor.saved"));
        assertThat(saved.leavingWouldAsk()).isFalse();
        assertThat(saved.wordCount()).isEqualTo(9);

        saved.typeInBody("正式启动。");
        assertThat(saved.leavingWouldAsk()).isTrue();
        ReviewPage submitted = saved.submitWithTheKeyboard();
        assertThat(submitted.reviewState()).isEqualTo(text("review.state.SUBMITTED"));
    }

    private static String withoutLineBreaks(String html) {
        return html.replaceAll(">\\s+<", "><").strip();
    }

    private static String clipboard(String name) throws IOException {
        try (InputStream in = ArticleEditorBrowserTests.class.getResourceAsStream("/paste/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
