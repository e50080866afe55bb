package com.masthead.browser;

import static com.masthead.staff.StaffRole.EDITOR;
import static com.masthead.staff.StaffRole.EDITOR_IN_CHIEF;
import static com.masthead.staff.StaffRole.REPORTER;
import static com.masthead.staff.StaffRole.SECTION_CHIEF;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.browser.Browser;
import com.masthead.support.browser.BrowserSiteTest;
import com.masthead.support.browser.ConflictPage;
import com.masthead.support.browser.DashboardPage;
import com.masthead.support.browser.EditorPage;
import com.masthead.support.browser.Keyboard;
import com.masthead.support.browser.LoginPage;
import com.masthead.support.browser.MediaLibraryPage.MediaImagePage;
import com.masthead.support.browser.Pictures;
import com.masthead.support.browser.PublicArticlePage;
import com.masthead.support.browser.ReviewPage;
import com.masthead.support.browser.StaffSearchPage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newsroom in a real browser: writing with the rich-text editor, the three review levels, sending back, two
 * people saving the same article, the keyboard path through login and editor, and full-text search. Each test uses its own
 * accounts, so queues of other tests (same database) do not get in the way; articles are found by title.
 */
class NewsroomBrowserTests extends BrowserSiteTest {

    @TempDir
    static Path pictures;

    private static final AtomicInteger DESKS = new AtomicInteger();

    private long deskId;
    private String desk;

    /** A channel of its own for each test (three review levels, the default), below a demo top-level channel. */
    @BeforeEach
    void aDeskOfItsOwn() {
        long parent = jdbc.sql("select id from channel where parent_id is null order by id limit 1")
                .query(Long.class)
                .single();
        desk = "港航新闻" + DESKS.incrementAndGet();
        deskId = fixtures().channel(desk, parent).get("id").asLong();
    }

    @Test
    void aReportersArticleWithAPicturePassesThreeReviewsAndIsPublishedWithTheChiefAsResponsibleEditor() {
        String reporter = personOnDesk("bt1-reporter", "马晓燕", deskId, REPORTER);
        String editor = personOnDesk("bt1-editor", "周建平", deskId, EDITOR);
        String sectionChief = personOnDesk("bt1-section", "黄立新", deskId, SECTION_CHIEF);
        String chief = personOnDesk("bt1-chief", "郑文涛", deskId, EDITOR_IN_CHIEF);
        String title = "港区新建泊位投入试运行";
        String alt = "新建泊位全景，四个泊位沿码头一字排开";

        MediaImagePage picture = logIn(browser, reporter)
                .goToMediaLibrary()
                .upload(Pictures.quay(pictures, System.nanoTime()), alt, "港区新建泊位", "本报记者 马晓燕 摄");
        assertThat(picture.messages()).contains(text("structure.media.uploaded"));
        assertThat(picture.alt()).isEqualTo(alt);
        long pictureId = picture.imageId();
        EditorPage draft = picture.writeNewArticle()
                .channel(desk)
                .title(title)
                .typeInBody("新泊位可停靠")
                .typeInBodyInBold("十万吨级")
                .typeInBody("货轮，首艘船舶昨日顺利靠港。");
        draft.leadPicture("#" + pictureId + " " + alt);
        EditorPage saved = draft.save();
        assertThat(saved.messages()).contains(text("newsroom.editor.saved"));
        assertThat(saved.bodyHtml()).containsPattern("<(b|strong)>十万吨级</(b|strong)>");
        long id = saved.articleId();
        ReviewPage submitted = saved.saveAndSubmit();
        assertThat(submitted.reviewState()).isEqualTo(text("review.state.SUBMITTED"));
        submitted.logOut();

        approveAs(editor, title, "review.state.PASSED_1");
        approveAs(sectionChief, title, "review.state.PASSED_2");
        ReviewPage finalReview = logIn(browser, chief).openForReview(title);
        assertThat(finalReview.responsibleEditorToApprove()).isEqualTo("郑文涛");
        ReviewPage published = finalReview.approveAndPublishNow();
        assertThat(published.publicationStatus()).isEqualTo(text("article.status.PUBLISHED"));
        String path = published.publicPath();
        assertThat(path).endsWith("/" + id + ".html");
        published.logOut();

        PublicArticlePage page = PublicArticlePage.open(browser, path);
        assertThat(page.title()).isEqualTo(title);
        assertThat(page.boldWords()).containsExactly("十万吨级");
        assertThat(page.bodyText()).contains("新泊位可停靠十万吨级货轮");
        // The wording readers must see by regulation, whatever the UI language.
        assertThat(page.responsibleEditorLine()).contains("责任编辑：郑文涛");
        assertThat(page.leadPictureLoaded()).isTrue();
        assertThat(page.leadPictureAlt()).isEqualTo(alt);
    }

    @Test
    void anEditorSendsBackWithAReasonAndTheReporterSeesItEditsAndResubmits() {
        String reporter = personOnDesk("bt2-reporter", "林思远", deskId, REPORTER);
        String editor = personOnDesk("bt2-editor", "何美玲", deskId, EDITOR);
        String title = "社区食堂试点扩大到十二个街道";
        String reason = "请补充民政局公布的就餐人次数据";

        logIn(browser, reporter)
                .writeNewArticle()
                .channel(desk)
                .title(title)
                .typeInBody("社区食堂让老人在家门口吃上热饭。")
                .save()
                .saveAndSubmit()
                .logOut();

        ReviewPage sentBack = logIn(browser, editor).openForReview(title).sendBack(reason);
        assertThat(sentBack.reviewState()).isEqualTo(text("review.state.DRAFT"));
        sentBack.logOut();

        DashboardPage dashboard = logIn(browser, reporter);
        assertThat(dashboard.sentBackToMe()).contains(title);
        assertThat(dashboard.sentBackRow(title)).contains(reason);
        ReviewPage mine = dashboard.openSentBack(title);
        assertThat(mine.sentBackReason()).contains(reason);
        ReviewPage resubmitted =
                mine.edit().typeInBody("据民政局统计，试点食堂日均接待一千二百人次。").saveAndSubmit();
        assertThat(resubmitted.reviewState()).isEqualTo(text("review.state.SUBMITTED"));
        assertThat(resubmitted.goToDashboard().sentBackToMe()).doesNotContain(title);
        resubmitted.logOut();

        assertThat(logIn(browser, editor).waitingForMyReview()).contains(title);
    }

    @Test
    void whenTwoPeopleSaveTheSameArticleTheSecondSeesBothTitlesAndCanKeepTheirs() {
        String reporter = personOnDesk("bt3-reporter", "宋雨桐", deskId, REPORTER);
        String editor = personOnDesk("bt3-editor", "韩志强", deskId, EDITOR);
        EditorPage reportersEditor = logIn(browser, reporter)
                .writeNewArticle()
                .channel(desk)
                .title("老城区雨污分流工程开工")
                .typeInBody("工程预计明年汛期前完工。")
                .save();
        long id = reportersEditor.articleId();
        Browser other = secondBrowser();
        logIn(other, editor);
        EditorPage editorsEditor = EditorPage.open(other, id);

        editorsEditor.title("老城区雨污分流改造工程今日开工").save();
        ConflictPage conflict = reportersEditor.title("雨污分流工程开工 老城区告别内涝").saveIntoConflict();

        assertThat(conflict.heading()).isEqualTo(text("newsroom.conflict.title"));
        assertThat(conflict.field("article.field.title")).containsExactly("老城区雨污分流改造工程今日开工", "雨污分流工程开工 老城区告别内涝");
        EditorPage kept = conflict.keepMine();
        assertThat(kept.messages()).contains(text("newsroom.editor.saved"));
        assertThat(kept.title()).isEqualTo("雨污分流工程开工 老城区告别内涝");
        assertThat(ReviewPage.open(other, id).title()).isEqualTo("雨污分流工程开工 老城区告别内涝");
    }

    @Test
    void theLoginFormAndTheEditorsSaveButtonAreReachedWithTabAndShowTheFocus() {
        String reporter = person("bt4-reporter", "许嘉文", REPORTER);
        Keyboard keyboard = new Keyboard(browser);
        LoginPage login = LoginPage.open(browser);

        keyboard.tabTo(login.username(), 20);
        assertThat(keyboard.focusOutline(login.username())).isNotEqualTo("none");
        login.username().sendKeys(reporter);
        keyboard.tabTo(login.password(), 5);
        assertThat(keyboard.focusOutline(login.password())).isNotEqualTo("none");
        login.password().sendKeys(STAFF_PASSWORD);
        keyboard.tabTo(login.submitButton(), 5);
        assertThat(keyboard.focusOutline(login.submitButton())).isNotEqualTo("none");

        EditorPage editor = login.logIn(reporter, STAFF_PASSWORD).writeNewArticle();
        keyboard.tabTo(editor.saveButton(), 120);
        assertThat(keyboard.focusOutline(editor.saveButton())).isNotEqualTo("none");
    }

    @Test
    void aReporterFindsADraftByAPhraseInItsBodyAndOpensIt() {
        String reporter = personOnDesk("bt5-reporter", "陈思远", deskId, REPORTER);
        String title = "近海观测浮标完成布放";
        fixtures()
                .article(deskId)
                .set("title", title)
                .set("body", "<p>首批十二座潮汐能浮标阵列已在外海锚定，数据每十分钟回传一次。</p>")
                .create();
        fixtures().article(deskId).set("title", "潮汐能浮标阵列见报稿").publish();

        StaffSearchPage found =
                logIn(browser, reporter).goToStaffSearch().search("潮汐能浮标", text("article.status.DRAFT"));

        assertThat(found.resultTitles()).containsExactly(title);
        assertThat(found.marked()).contains("潮汐能浮标");
        assertThat(found.outcome()).contains(text("search.staff.count", 1, 1, 1));
        ReviewPage opened = found.open(title);
        assertThat(opened.title()).isEqualTo(title);
        assertThat(opened.goToStaffSearch().search("潮汐能浮标", null).resultTitles())
                .containsExactlyInAnyOrder(title, "潮汐能浮标阵列见报稿");
    }

    private void approveAs(String login, String title, String expectedStateKey) {
        ReviewPage approved = logIn(browser, login).openForReview(title).approve();
        assertThat(approved.reviewState()).isEqualTo(text(expectedStateKey));
        approved.logOut();
    }
}
