package com.masthead.browser;

import static com.masthead.staff.StaffRole.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures.PrintPage;
import com.masthead.support.browser.AreaEditorPage;
import com.masthead.support.browser.BrowserSiteTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The area editor in Chromium: an editor accepts a proposed area with the keyboard only, draws a new rectangle
 * with the mouse, picks its article and saves; the list shows both areas with their articles.
 */
class AreaEditorBrowserTests extends BrowserSiteTest {

    @Test
    void anEditorAcceptsAProposedAreaWithTheKeyboardAndDrawsANewOneWithTheMouse() {
        PrintPage print = fixtures().printPage("浏览器热区报", LocalDate.of(2026, 6, 1), 1, "要闻");
        database()
                .sql("""
                        insert into epaper_page_file (page_id, pdf_hash, pdf_bytes, width_pt, height_pt, has_text,
                                                      text_blocks, created_at, updated_at)
                        values (:page, :hash, 1000, 800, 1200, true, null, 0, 0)""")
                .param("page", print.pageId())
                .param("hash", "cd".repeat(32))
                .update();
        long channel = fixtures().channel("热区浏览器栏目", null).get("id").asLong();
        long lead = fixtures()
                .article(channel)
                .set("title", "头条稿件热区测试")
                .set("pageId", print.pageId())
                .create();
        long second = fixtures()
                .article(channel)
                .set("title", "二条稿件热区测试")
                .set("pageId", print.pageId())
                .create();
        long proposed = database()
                .sql("""
                        insert into epaper_area (page_id, kind, polygon, reading_order, article_id, link_url, source,
                                                 confidence, accepted, created_at, updated_at)
                        values (:page, 'article', '40,40 760,40 760,400 40,400', 1, :article, null, 'extracted',
                                0.87, false, 0, 0) returning id""")
                .param("page", print.pageId())
                .param("article", lead)
                .query(Long.class)
                .single();
        logIn(browser, person("bt-area-editor", "周编辑", EDITOR));

        AreaEditorPage editor = AreaEditorPage.open(browser, print.pageId());
        assertThat(editor.stateOf(proposed)).isEqualTo(text("areas.proposed"));
        editor = editor.acceptWithTheKeyboard(proposed);
        assertThat(editor.stateOf(proposed)).isEqualTo(text("areas.accepted"));

        editor = editor.drawRectangleFor(0.1, 0.45, 0.6, 0.65, second);

        assertThat(editor.shapes()).isEqualTo(2);
        assertThat(editor.rows()).hasSize(2);
        assertThat(editor.rows().get(1)).contains("二条稿件热区测试").contains(text("areas.source.drawn"));
    }
}
