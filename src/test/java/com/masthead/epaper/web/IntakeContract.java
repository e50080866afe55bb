package com.masthead.epaper.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.backoffice.web.AdminScreens;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.NewspaperPage;
import com.masthead.epaper.AreaSource;
import com.masthead.epaper.EpaperFiles;
import com.masthead.epaper.EpaperProperties;
import com.masthead.epaper.IntakeProgress;
import com.masthead.epaper.IntakeRequest;
import com.masthead.epaper.IntakeState;
import com.masthead.epaper.IssueIntake;
import com.masthead.epaper.PageArea;
import com.masthead.epaper.PageFile;
import com.masthead.epaper.PrintEdition;
import com.masthead.epaper.TestPdfs;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures.PrintPage;
import com.masthead.support.MultipartUpload;
import com.masthead.support.StaffSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PDF intake over real HTTP: whole issues and single pages in, pages, files and images out; bad PDFs refused. */
public interface IntakeContract extends AdminScreens {

    AtomicInteger DAYS = new AtomicInteger();

    String token(StaffRole role);

    HttpResponse<String> send(HttpRequest request);

    private PrintPage anIssueWithPageOne(String paper) {
        // a date of its own per call: one issue per newspaper and date
        return fixtures().printPage(paper, LocalDate.of(2025, 1, 1).plusDays(DAYS.incrementAndGet()), 1, "要闻");
    }

    private HttpResponse<String> postPdf(String path, byte[] pdf) {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(StaffRole.ADMIN))
                .header("Content-Type", "application/pdf")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                .build());
    }

    private JsonNode awaitFinished(String location) {
        return await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> parse(api("GET", location).send().body()),
                        json -> !json.get("state").asString().equals("queued")
                                && !json.get("state").asString().equals("running"));
    }

    @Test
    default void aWholeIssuePdfBecomesItsPagesWithFilesAndImagesAtEveryWidth() throws IOException {
        PrintPage print = anIssueWithPageOne("印刷报");

        HttpResponse<String> accepted =
                postPdf("/api/v1/issues/" + print.issueId() + "/pdf", TestPdfs.issue("要闻头条", "经济新闻", "文化副刊"));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .isEqualTo("/api/v1/epaper/intakes/"
                        + parse(accepted.body()).get("id").asLong());
        JsonNode finished = awaitFinished(location);
        assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("done");
        assertThat(finished.get("step").asString()).isEqualTo("done");
        assertThat(finished.get("done").asInt()).isEqualTo(3);
        assertThat(finished.get("total").asInt()).isEqualTo(3);

        List<NewspaperPage> pages = bean(EditionCatalog.class).pages(print.issueId());
        assertThat(pages).extracting(NewspaperPage::number).containsExactly(1, 2, 3);
        assertThat(pages).extracting(NewspaperPage::name).containsExactly("要闻", "第二版", "第三版");
        assertThat(pages.get(1).distinctName()).isEmpty();
        PrintEdition edition = bean(PrintEdition.class);
        EpaperFiles files = bean(EpaperFiles.class);
        for (NewspaperPage page : pages) {
            PageFile file = edition.pageFile(page.id()).orElseThrow();
            assertThat(file.widthPt()).isEqualTo(TestPdfs.WIDTH);
            assertThat(file.heightPt()).isEqualTo(TestPdfs.HEIGHT);
            assertThat(file.hasText()).isTrue();
            assertThat(files.pdf(file.pdfHash())).isPresent();
            for (int width : bean(EpaperProperties.class).imageWidths()) {
                BufferedImage pixels;
                try (var in = files.image(file.pdfHash(), width).orElseThrow().getInputStream()) {
                    pixels = ImageIO.read(in);
                }
                assertThat(pixels.getWidth()).isEqualTo(width);
                assertThat(pixels.getHeight()).isEqualTo(Math.round(width * TestPdfs.HEIGHT / TestPdfs.WIDTH));
            }
        }
        assertThat(edition.issueFile(print.issueId()).orElseThrow().pageCount()).isEqualTo(3);
        assertThat(edition.pageFiles(pages.stream().map(NewspaperPage::id).toList()).stream()
                        .map(PageFile::pdfHash)
                        .distinct())
                .hasSize(3);
    }

    @Test
    default void pageImagesAreServedForeverAndOnlyUnderExactNames() {
        PrintPage print = anIssueWithPageOne("图像报");
        JsonNode finished = awaitFinished(postPdf("/api/v1/issues/" + print.issueId() + "/pdf", TestPdfs.issue("图像"))
                .headers()
                .firstValue("Location")
                .orElseThrow());
        assertThat(finished.get("state").asString()).isEqualTo("done");
        String hash =
                bean(PrintEdition.class).pageFile(print.pageId()).orElseThrow().pdfHash();

        HttpResponse<String> image = get(EpaperFiles.imageUrl(hash, 160));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(get(EpaperFiles.imageUrl(hash, 161)).statusCode()).isEqualTo(404);
        assertThat(get("/epaper/files/" + hash.toUpperCase() + "-w160.jpg").statusCode())
                .isEqualTo(404);
        assertThat(get("/epaper/files/" + hash + ".pdf").statusCode()).isEqualTo(404);
        assertThat(get("/epaper/files/..%2F" + hash + "-w160.jpg").statusCode()).isIn(400, 404);
    }

    @Test
    default void aSinglePagePdfReplacesThatPagesFileOnly() {
        PrintPage print = anIssueWithPageOne("单版报");
        awaitFinished(postPdf("/api/v1/issues/" + print.issueId() + "/pdf", TestPdfs.issue("一版", "二版"))
                .headers()
                .firstValue("Location")
                .orElseThrow());
        PrintEdition edition = bean(PrintEdition.class);
        List<NewspaperPage> pages = bean(EditionCatalog.class).pages(print.issueId());
        String first = edition.pageFile(pages.get(0).id()).orElseThrow().pdfHash();
        String second = edition.pageFile(pages.get(1).id()).orElseThrow().pdfHash();

        HttpResponse<String> twoPages =
                postPdf("/api/v1/issues/" + print.issueId() + "/pdf?page=2", TestPdfs.issue("甲", "乙"));
        assertThat(twoPages.statusCode()).isEqualTo(400);
        assertThat(parse(twoPages.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("pdf");
        JsonNode replaced =
                awaitFinished(postPdf("/api/v1/issues/" + print.issueId() + "/pdf?page=2", TestPdfs.issue("新二版"))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow());

        assertThat(replaced.get("state").asString()).isEqualTo("done");
        assertThat(edition.pageFile(pages.get(0).id()).orElseThrow().pdfHash()).isEqualTo(first);
        assertThat(edition.pageFile(pages.get(1).id()).orElseThrow().pdfHash()).isNotEqualTo(second);
        assertThat(bean(EditionCatalog.class).pages(print.issueId())).hasSize(2);
    }

    @Test
    default void everyHostilePdfIsRefusedByNameAndNothingIsSaved() {
        PrintPage print = anIssueWithPageOne("坏文件报");
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("corrupt", TestPdfs.corrupt());
        hostile.put("truncated", TestPdfs.truncated());
        hostile.put("encrypted", TestPdfs.encrypted());
        hostile.put("password", TestPdfs.passwordProtected());
        hostile.put("not a PDF", TestPdfs.jpeg());
        hostile.put("pages", TestPdfs.blank(201, 600, 900));
        hostile.put("page is", TestPdfs.blank(1, 283_465, 900));
        hostile.put("damaged", TestPdfs.selfReferencingPageTree());
        hostile.put("unreadable", TestPdfs.deeplyNested(100_000));
        Map<String, Long> before = counts();

        hostile.forEach((words, pdf) -> {
            HttpResponse<String> refused = postPdf("/api/v1/issues/" + print.issueId() + "/pdf", pdf);
            assertThat(refused.statusCode()).as(words + ": " + refused.body()).isEqualTo(400);
            JsonNode error = parse(refused.body()).get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("pdf");
            assertThat(error.get("message").asString()).as(words).containsIgnoringCase(words.split(" ")[0]);
        });

        assertThat(counts()).isEqualTo(before);
        assertThat(bean(PrintEdition.class).pageFile(print.pageId())).isEmpty();
    }

    @Test
    default void anIntakeThatFailsSaysWhyAndSavesNothing() throws IOException {
        PrintPage print = anIssueWithPageOne("失败报");
        Map<String, Long> before = counts();
        Path file = Files.write(Files.createTempFile("intake-", ".pdf"), TestPdfs.encrypted());

        IntakeProgress failed =
                bean(IssueIntake.class).ingestNow(new IntakeRequest(print.issueId(), null, "加密.pdf", file, null));

        assertThat(failed.state()).isEqualTo(IntakeState.FAILED);
        assertThat(failed.messageKey()).isEqualTo("epaper.pdf.encrypted");
        JsonNode shown = parse(api("GET", "/api/v1/epaper/intakes/" + failed.id())
                .header("Accept-Language", "en")
                .send()
                .body());
        assertThat(shown.get("state").asString()).isEqualTo("failed");
        assertThat(shown.get("message").asString()).containsIgnoringCase("encrypted");
        before.merge("epaper_intake", 1L, Long::sum);
        assertThat(counts()).isEqualTo(before);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    default void anIntakeInterruptedByAStoppedInstanceIsShownAsFailed() {
        PrintPage print = anIssueWithPageOne("中断报");
        long old = System.currentTimeMillis() - Duration.ofHours(2).toMillis();
        long id = database()
                .sql("""
                        insert into epaper_intake (issue_id, state, step, done, total, file_name, file_bytes,
                                                   created_at, updated_at)
                        values (:issue, 'running', 'render', 1, 3, 'old.pdf', 100, :old, :old) returning id""")
                .param("issue", print.issueId())
                .param("old", old)
                .query(Long.class)
                .single();

        JsonNode shown = parse(api("GET", "/api/v1/epaper/intakes/" + id)
                .header("Accept-Language", "en")
                .send()
                .body());

        assertThat(shown.get("state").asString()).isEqualTo("failed");
        assertThat(shown.get("message").asString()).containsIgnoringCase("interrupted");
        assertThat(api("GET", "/api/v1/epaper/intakes/999999999").send().statusCode())
                .isEqualTo(404);
    }

    @Test
    default void theUploadFormLeadsToAProgressPageThatEndsWithLinksToThePages() {
        PrintPage print = anIssueWithPageOne("表单报");
        StaffSession admin = loginAs("intake-admin", StaffRole.ADMIN);
        Document form = admin.page("/admin/issues/" + print.issueId() + "/pdf");
        thenEveryControlIsLabelled(form);
        assertThat(form.select("form[enctype=multipart/form-data] input[type=file][name=file]"))
                .isNotEmpty();
        assertThat(admin.page("/admin/newspapers/" + print.newspaperId() + "/issues/" + print.issueId())
                        .select("a[href=/admin/issues/" + print.issueId() + "/pdf]"))
                .isNotEmpty();

        HttpResponse<String> refused = new MultipartUpload()
                .file("假的.pdf", "application/pdf", TestPdfs.jpeg())
                .post(admin, uri("/admin/issues/" + print.issueId() + "/pdf"));
        thenRefusedAt(refused, "pdf");

        HttpResponse<String> uploaded = new MultipartUpload()
                .file("整期.pdf", "application/pdf", TestPdfs.issue("表单一版", "表单二版"))
                .post(admin, uri("/admin/issues/" + print.issueId() + "/pdf"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String progressPath = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(progressPath).matches("/admin/epaper/intakes/\\d+");
        Document progress = admin.page(progressPath);
        assertThat(progress.select("progress")).isNotEmpty();
        assertThat(progress.select("noscript meta[http-equiv=refresh]").size()
                        + progress.select("a[href^=/admin/newspapers/]").size())
                .isPositive();
        assertThat(progress.select("script[src]").eachAttr("src")).anyMatch(src -> src.contains("epaper-intake"));

        JsonNode done = await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> parse(admin.get(progressPath + ".json").body()),
                        json -> json.get("state").asString().equals("done"));
        assertThat(done.get("done").asInt()).isEqualTo(2);
        Document finished = admin.page(progressPath);
        assertThat(finished.select("noscript meta[http-equiv=refresh]")).isEmpty();
        assertThat(finished.select(
                        "a[href=/admin/newspapers/" + print.newspaperId() + "/issues/" + print.issueId() + "]"))
                .isNotEmpty();
        assertThat(finished.select("progress").attr("value"))
                .isEqualTo(finished.select("progress").attr("max"));
    }

    @Test
    default void eachPageGetsAreasProposedForItsArticlesWhileAcceptedAreasStay() {
        PrintPage print = anIssueWithPageOne("热区报");
        long channel = fixtures().channel("热区栏目", null).get("id").asLong();
        long article = fixtures()
                .article(channel)
                .set("title", "长江大桥今日通车")
                .set("body", "<p>这是关于长江大桥今日通车的正文第1行。这是关于长江大桥今日通车的正文第2行。</p>")
                .set("pageId", print.pageId())
                .create();
        long accepted = area(print.pageId(), "advertisement", "https://example.org/ad", true);
        long proposed = area(print.pageId(), "article", null, false);

        JsonNode finished =
                awaitFinished(postPdf("/api/v1/issues/" + print.issueId() + "/pdf", TestPdfs.issue("长江大桥今日通车", "第二版"))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow());

        assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("done");
        List<PageArea> areas = bean(PrintEdition.class).allAreas(print.pageId());
        assertThat(areas).extracting(PageArea::id).contains(accepted).doesNotContain(proposed);
        assertThat(areas).filteredOn(a -> !a.accepted()).anySatisfy(a -> {
            assertThat(a.articleId()).isEqualTo(article);
            assertThat(a.source()).isEqualTo(AreaSource.EXTRACTED);
            assertThat(a.polygon().fitsOn(TestPdfs.WIDTH, TestPdfs.HEIGHT)).isTrue();
        });
    }

    @Test
    default void theSamePdfUploadedAgainGivesTheSamePageFiles() {
        PrintPage print = anIssueWithPageOne("重传报");
        byte[] pdf = TestPdfs.issue("重传一版", "重传二版");
        String path = "/api/v1/issues/" + print.issueId() + "/pdf";
        awaitFinished(postPdf(path, pdf).headers().firstValue("Location").orElseThrow());
        String first =
                bean(PrintEdition.class).pageFile(print.pageId()).orElseThrow().pdfHash();

        JsonNode again = awaitFinished(
                postPdf(path, pdf).headers().firstValue("Location").orElseThrow());

        assertThat(again.get("state").asString()).isEqualTo("done");
        assertThat(bean(PrintEdition.class)
                        .pageFile(print.pageId())
                        .orElseThrow()
                        .pdfHash())
                .isEqualTo(first);
    }

    private long area(long pageId, String kind, String link, boolean accepted) {
        return database()
                .sql("""
                        insert into epaper_area (page_id, kind, polygon, reading_order, article_id, link_url, source,
                                                 confidence, accepted, created_at, updated_at)
                        values (:page, :kind, '0,0 100,0 100,50 0,50', 9, null, :link, 'drawn', 1, :accepted, 0, 0)
                        returning id""")
                .param("page", pageId)
                .param("kind", kind)
                .param("link", link)
                .param("accepted", accepted)
                .query(Long.class)
                .single();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table :
                List.of("newspaper_page", "epaper_page_file", "epaper_issue_file", "epaper_area", "epaper_intake")) {
            counts.put(table, countRows(table));
        }
        return counts;
    }
}
