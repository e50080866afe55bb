package com.masthead.epaper.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.backoffice.web.AdminScreens;
import com.masthead.epaper.EpaperFiles;
import com.masthead.epaper.EpaperTestFiles;
import com.masthead.epaper.PrintPageChanged;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.ContentFixtures.PrintPage;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import tools.jackson.databind.JsonNode;

/**
 * The area editor's API over real HTTP: areas are drawn, changed, accepted and deleted with versions, every change
 * leaves a revision and an audit entry, bad input is refused at the field with nothing saved, and the print order
 * of a page's articles and their continuations are set as a list.
 */
public interface AreaEditingContract extends AdminScreens {

    String BOX = "100,100 300,100 300,250 100,250";

    /** A page of 800 × 1200 pt with a PDF on record and one article placed on it. */
    default Fixture aPageWithAnArticle(String paper) {
        PrintPage print = fixtures().printPage(paper, LocalDate.of(2026, 5, 1), 1, "要闻");
        String hash = "%064x"
                .formatted(new java.math.BigInteger(
                        1, ContentFixtures.unique("pdf").getBytes()))
                .substring(0, 64);
        database().sql("""
                        insert into epaper_page_file (page_id, pdf_hash, pdf_bytes, width_pt, height_pt, has_text,
                                                      text_blocks, created_at, updated_at)
                        values (:page, :hash, 1000, 800, 1200, true, null, 0, 0)""").param("page", print.pageId()).param("hash", hash).update();
        long channel = fixtures().channel("热区栏目", null).get("id").asLong();
        long article = fixtures()
                .article(channel)
                .set("title", "热区稿件" + print.pageId())
                .set("pageId", print.pageId())
                .create();
        return new Fixture(print, article, channel, hash);
    }

    record Fixture(PrintPage print, long articleId, long channelId, String pdfHash) {
        long pageId() {
            return print.pageId();
        }
    }

    default long proposedArea(long pageId, Long articleId, double confidence) {
        return database()
                .sql("""
                        insert into epaper_area (page_id, kind, polygon, reading_order, article_id, link_url, source,
                                                 confidence, accepted, created_at, updated_at)
                        values (:page, 'article', '400,400 600,400 600,600 400,600', 5, :article, null, 'extracted',
                                :confidence, false, 0, 0) returning id""")
                .param("page", pageId)
                .param("article", articleId)
                .param("confidence", confidence)
                .query(Long.class)
                .single();
    }

    default Map<String, Object> area(String kind, String polygon, Long articleId, String link) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("polygon", polygon);
        body.put("articleId", articleId);
        body.put("linkUrl", link);
        return body;
    }

    default long audited(String action, long areaId) {
        return database()
                .sql("select count(*) from audit_entry where action = :action and subject = :subject")
                .param("action", action)
                .param("subject", "epaper-area:" + areaId)
                .query(Long.class)
                .single();
    }

    /** Runs {@code action} and returns the {@link PrintPageChanged} events it published. */
    default List<PrintPageChanged> printPageChangesDuring(Runnable action) {
        List<PrintPageChanged> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<?>> listener = e -> {
            if (e.getPayload() instanceof PrintPageChanged changed) {
                seen.add(changed);
            }
        };
        ApplicationEventMulticaster multicaster = bean(ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(listener);
        try {
            action.run();
        } finally {
            multicaster.removeApplicationListener(listener);
        }
        return seen;
    }

    @Test
    default void anEditorDrawsChangesAndDeletesAnAreaWithVersionsRevisionsAndAudit() {
        Fixture f = aPageWithAnArticle("热区报");
        List<HttpResponse<String>> response = new java.util.ArrayList<>();
        List<PrintPageChanged> changes =
                printPageChangesDuring(() -> response.add(api("POST", "/api/v1/pages/" + f.pageId() + "/areas")
                        .as(StaffRole.EDITOR)
                        .body(area("article", BOX, f.articleId(), null))
                        .send()));
        HttpResponse<String> created = response.get(0);
        assertThat(changes)
                .as("the page and the article's print panel are refreshed")
                .containsExactly(new PrintPageChanged(f.pageId(), java.util.Set.of(f.articleId())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode area = parse(created.body());
        long id = area.get("id").asLong();
        assertThat(area.get("accepted").asBoolean()).isTrue();
        assertThat(area.get("source").asString()).isEqualTo("drawn");
        assertThat(area.get("readingOrder").asInt()).isEqualTo(1);
        assertThat(created.headers().firstValue("ETag")).contains("\"0\"");

        Map<String, Object> moved = area("article", "110,110 310,110 310,260 110,260", f.articleId(), null);
        moved.put("readingOrder", 2);
        HttpResponse<String> changed = api("PUT", "/api/v1/areas/" + id)
                .as(StaffRole.EDITOR)
                .header("If-Match", "\"0\"")
                .body(moved)
                .send();
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(parse(changed.body()).get("polygon").asString()).isEqualTo("110,110 310,110 310,260 110,260");
        HttpResponse<String> stale = api("PUT", "/api/v1/areas/" + id)
                .as(StaffRole.EDITOR)
                .header("If-Match", "\"0\"")
                .body(area("article", BOX, f.articleId(), null))
                .send();
        assertThat(stale.statusCode()).isEqualTo(409);

        JsonNode listed = api("GET", "/api/v1/pages/" + f.pageId() + "/areas").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("readingOrder").asInt()).isEqualTo(2);

        assertThat(api("DELETE", "/api/v1/areas/" + id)
                        .as(StaffRole.EDITOR)
                        .header("If-Match", "\"1\"")
                        .send()
                        .statusCode())
                .isEqualTo(204);
        assertThat(api("GET", "/api/v1/pages/" + f.pageId() + "/areas").json()).isEmpty();
        List<String> actions = database()
                .sql("select action from epaper_area_revision where area_id = :id order by id")
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("created", "changed", "deleted");
        assertThat(audited("epaper.area-created", id)).isEqualTo(1);
        assertThat(audited("epaper.area-changed", id)).isEqualTo(1);
        assertThat(audited("epaper.area-deleted", id)).isEqualTo(1);
        assertThat(database()
                        .sql("select staff_id from epaper_area_revision where area_id = :id order by id limit 1")
                        .param("id", id)
                        .query(Long.class)
                        .optional())
                .as("the token's owner is named in the revision")
                .isPresent();
    }

    @Test
    default void badAreasAreRefusedAtTheirFieldAndNothingIsSaved() {
        Fixture f = aPageWithAnArticle("校验热区报");
        String path = "/api/v1/pages/" + f.pageId() + "/areas";
        long areas = countRows("epaper_area");
        long revisions = countRows("epaper_area_revision");

        thenRefusedAtApi(api("POST", path).body(area("article", "1,1 2,2", f.articleId(), null)), "polygon");
        thenRefusedAtApi(api("POST", path).body(area("article", "a,b c,d e,f", f.articleId(), null)), "polygon");
        thenRefusedAtApi(
                api("POST", path).body(area("article", "100,100 900,100 900,300", f.articleId(), null)), "polygon");
        HttpResponse<String> unknown =
                api("POST", path).body(area("article", BOX, 999_999_999L, null)).send();
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"articleId\"");
        thenRefusedAtApi(api("POST", path).body(area("article", BOX, null, null)), "articleId");
        thenRefusedAtApi(api("POST", path).body(area("poster", BOX, f.articleId(), null)), "kind");
        thenRefusedAtApi(
                api("POST", path).body(area("article", BOX, f.articleId(), "https://example.com/")), "linkUrl");
        thenRefusedAtApi(api("POST", path).body(area("advertisement", BOX, null, "javascript:alert(1)")), "linkUrl");
        Map<String, Object> badOrder = area("article", BOX, f.articleId(), null);
        badOrder.put("readingOrder", 0);
        thenRefusedAtApi(api("POST", path).body(badOrder), "readingOrder");

        assertThat(countRows("epaper_area")).isEqualTo(areas);
        assertThat(countRows("epaper_area_revision")).isEqualTo(revisions);
        HttpResponse<String> ad = api("POST", path)
                .body(area("advertisement", BOX, null, "https://example.com/ad"))
                .send();
        assertThat(ad.statusCode()).as(ad.body()).isEqualTo(201);
        assertThat(parse(ad.body()).get("linkUrl").asString()).isEqualTo("https://example.com/ad");
    }

    @Test
    default void proposedAreasAreAcceptedOneByOneOrAllAtOnce() {
        Fixture f = aPageWithAnArticle("接受热区报");
        long first = proposedArea(f.pageId(), f.articleId(), 0.9);
        long second = proposedArea(f.pageId(), f.articleId(), 0.4);

        assertThat(api("POST", "/api/v1/pages/" + f.pageId() + "/areas/accept")
                        .as(StaffRole.EDITOR_IN_CHIEF)
                        .json()
                        .get("accepted")
                        .asInt())
                .isEqualTo(2);
        JsonNode listed = api("GET", "/api/v1/pages/" + f.pageId() + "/areas").json();
        assertThat(listed)
                .allSatisfy(a -> assertThat(a.get("accepted").asBoolean()).isTrue());
        assertThat(listed.get(0).get("source").asString()).isEqualTo("extracted");
        assertThat(audited("epaper.area-accepted", first)).isEqualTo(1);
        assertThat(audited("epaper.area-accepted", second)).isEqualTo(1);
        assertThat(api("POST", "/api/v1/pages/" + f.pageId() + "/areas/accept")
                        .json()
                        .get("accepted")
                        .asInt())
                .isZero();
    }

    @Test
    default void thePrintOrderAndContinuationsOfAPageAreSetAsAList() {
        Fixture f = aPageWithAnArticle("排序报");
        long second =
                fixtures().article(f.channelId()).set("pageId", f.pageId()).create();
        Fixture elsewhere = aPageWithAnArticle("转版来源报");
        String path = "/api/v1/pages/" + f.pageId() + "/placements";

        HttpResponse<String> set = api("PUT", path)
                .as(StaffRole.SECTION_CHIEF)
                .body(Map.of(
                        "placements",
                        List.of(
                                Map.of("articleId", second, "continuation", false),
                                Map.of("articleId", f.articleId(), "continuation", false),
                                Map.of("articleId", elsewhere.articleId(), "continuation", true))))
                .send();
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonNode listed = api("GET", path).json();
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).get("articleId").asLong()).isEqualTo(second);
        assertThat(listed.get(2).get("continuation").asBoolean()).isTrue();

        thenRefusedAtApi(
                api("PUT", path)
                        .body(Map.of(
                                "placements",
                                List.of(
                                        Map.of("articleId", f.articleId(), "continuation", true),
                                        Map.of("articleId", elsewhere.articleId(), "continuation", false)))),
                "placements[0].continuation");
        assertThat(api("GET", path).json()).hasSize(3);
        assertThat(database()
                        .sql(
                                "select count(*) from audit_entry where action = 'epaper.placements-changed' and subject = :s")
                        .param("s", "newspaper-page:" + f.pageId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThat(api("PUT", path)
                        .body(Map.of("placements", List.of(Map.of("articleId", f.articleId(), "continuation", false))))
                        .send()
                        .statusCode())
                .isEqualTo(200);
        assertThat(api("GET", path).json()).hasSize(1);
    }

    @Test
    default void theAreaEditorShowsTheAreasAndChangesThemThroughPlainForms() {
        Fixture f = aPageWithAnArticle("热区编辑器报");
        long proposed = proposedArea(f.pageId(), f.articleId(), 0.9);
        StaffSession editor = loginAs("area-editor", StaffRole.EDITOR);
        String screen = "/admin/pages/" + f.pageId() + "/areas";
        assertThat(editor.page(screen).select("img.area-page"))
                .as("no image rendered yet")
                .isEmpty();
        EpaperTestFiles.writePageImage(bean(EpaperFiles.class), f.pdfHash(), 960, 1440);

        Document page = editor.page(screen);
        thenEveryControlIsLabelled(page);
        assertThat(page.select("img.area-page").attr("src")).isEqualTo(EpaperFiles.imageUrl(f.pdfHash(), 960));
        assertThat(page.select("svg polygon[data-area-id=" + proposed + "]").attr("stroke-dasharray"))
                .isNotBlank();
        assertThat(page.select("svg").attr("viewBox")).isEqualTo("0 0 800 1200");
        Element row = page.selectFirst("tr[data-area-id=" + proposed + "]");
        assertThat(row.text()).contains("热区稿件" + f.pageId()).contains("90%");
        assertThat(page.select("script[src*=area-editor]")).hasSize(1);

        thenSavedAndRedirectedTo(
                editor, editor.post("/admin/areas/" + proposed + "/accept", Map.of("version", "0")), screen);
        assertThat(api("GET", "/api/v1/pages/" + f.pageId() + "/areas")
                        .json()
                        .get(0)
                        .get("accepted")
                        .asBoolean())
                .isTrue();
        thenRefusedAt(editor.post("/admin/areas/" + proposed + "/accept", Map.of("version", "0")), "version");

        thenRefusedAt(
                editor.post(
                        screen,
                        Map.of("kind", "article", "polygon", "0,0 5000,0 5000,10", "articleId", "" + f.articleId())),
                "polygon");
        thenSavedAndRedirectedTo(
                editor,
                editor.post(screen, Map.of("kind", "article", "polygon", BOX, "articleId", "" + f.articleId())),
                screen);
        Document after = editor.page(screen);
        assertThat(after.select("svg polygon")).hasSize(2);
        assertThat(after.select("table.area-history tbody tr")).hasSize(2);
        assertThat(after.select("table.area-history").text()).contains("area-editor");

        thenSavedAndRedirectedTo(
                editor, editor.post("/admin/areas/" + proposed + "/delete", Map.of("version", "1")), screen);
        assertThat(editor.page(screen).select("svg polygon")).hasSize(1);
    }

    @Test
    default void theEditorScriptGetsTheTextBlocksToSnapToAndFindsArticlesByTitle() {
        Fixture f = aPageWithAnArticle("吸附报");
        database()
                .sql("update epaper_page_file set text_blocks = :json where page_id = :page")
                .param("json", """
                        {"widthPt":800,"heightPt":1200,"usable":true,"blocks":[
                         {"x":50,"y":60,"width":300,"height":40,"text":"标题","fontSize":24}]}""")
                .param("page", f.pageId())
                .update();
        StaffSession editor = loginAs("area-editor", StaffRole.EDITOR);

        JsonNode blocks =
                parse(editor.get("/admin/pages/" + f.pageId() + "/areas/blocks").body());
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).get("width").asDouble()).isEqualTo(300);
        JsonNode found = parse(editor.get("/admin/pages/" + f.pageId() + "/areas/articles?q=%E7%83%AD%E5%8C%BA")
                .body());
        assertThat(found.get(0).get("id").asLong())
                .as("the page's own article comes first")
                .isEqualTo(f.articleId());
        Fixture other = aPageWithAnArticle("别版报");
        JsonNode byTitle = parse(editor.get("/admin/pages/" + f.pageId()
                        + "/areas/articles?q=%E7%83%AD%E5%8C%BA%E7%A8%BF%E4%BB%B6" + other.pageId())
                .body());
        assertThat(byTitle).extracting(n -> n.get("id").asLong()).contains(other.articleId());
        JsonNode byNumber = parse(editor.get("/admin/pages/" + f.pageId() + "/areas/articles?q=" + other.articleId())
                .body());
        assertThat(byNumber).extracting(n -> n.get("id").asLong()).contains(other.articleId());
    }

    @Test
    default void thePrintOrderAndAContinuationAreSetOnTheAreaEditorScreen() {
        Fixture f = aPageWithAnArticle("版序报");
        long second = fixtures()
                .article(f.channelId())
                .set("title", "版序第二篇" + f.pageId())
                .set("pageId", f.pageId())
                .create();
        Fixture elsewhere = aPageWithAnArticle("版序转版报");
        StaffSession editor = loginAs("area-editor", StaffRole.EDITOR);
        String screen = "/admin/pages/" + f.pageId() + "/areas";
        Document page = editor.page(screen);
        assertThat(page.select("#order-" + f.articleId())).hasSize(1);
        assertThat(page.select("#order-" + second)).hasSize(1);

        thenSavedAndRedirectedTo(
                editor,
                editor.post(
                        "/admin/pages/" + f.pageId() + "/placements",
                        Map.of(
                                "order-" + f.articleId(),
                                "2",
                                "order-" + second,
                                "1",
                                "continueArticle",
                                String.valueOf(elsewhere.articleId()))),
                screen);
        JsonNode placed =
                api("GET", "/api/v1/pages/" + f.pageId() + "/placements").json();
        assertThat(placed)
                .extracting(n -> n.get("articleId").asLong())
                .containsExactly(second, f.articleId(), elsewhere.articleId());
        assertThat(placed.get(2).get("continuation").asBoolean()).isTrue();
        assertThat(editor.page(screen).select("#order-" + elsewhere.articleId()).val())
                .isEqualTo("3");

        thenRefusedAt(
                editor.post(
                        "/admin/pages/" + f.pageId() + "/placements",
                        Map.of("order-" + f.articleId(), "1", "continueArticle", "999999999")),
                "continueArticle");
        thenSavedAndRedirectedTo(
                editor,
                editor.post(
                        "/admin/pages/" + f.pageId() + "/placements",
                        Map.of("order-" + f.articleId(), "1", "order-" + elsewhere.articleId(), "")),
                screen);
        assertThat(api("GET", "/api/v1/pages/" + f.pageId() + "/placements").json())
                .extracting(n -> n.get("articleId").asLong())
                .containsExactly(f.articleId());
    }

    default void thenRefusedAtApi(com.masthead.support.SiteTestSupport.ApiCall call, String field) {
        HttpResponse<String> response = call.send();
        assertThat(response.statusCode()).as(call + " " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"" + field + "\"");
    }
}
