package com.masthead.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.backoffice.web.AdminScreens;
import com.masthead.staff.StaffRole;
import com.masthead.support.MultipartUpload;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * WordPress import over real HTTP: an administrator uploads the test export with a zip of its uploads on the staff
 * page, watches the progress as JSON, reads the report; the site then has the channels, articles, pictures and
 * comments, and the old addresses answer 301 with the new article. Bad files fail with their reason and write
 * nothing.
 */
public interface WordPressImportContract extends AdminScreens {

    String PAGE = "/admin/import/wordpress";

    private JsonNode awaitFinished(StaffSession admin, String location) {
        return await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> parse(admin.get(location + ".json").body()),
                        json -> json.get("state").asString().equals("done")
                                || json.get("state").asString().equals("failed"));
    }

    private String started(HttpResponse<String> posted) {
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/admin/import/wordpress/\\d+");
        return location.substring(location.indexOf(PAGE));
    }

    private static byte[] uploads(int run) {
        return ImportUpload.zip(Map.of(
                "2024/05/ferry-photo.png", MultipartUpload.png(64, 48, run),
                "2024/05/quay-view.png", MultipartUpload.png(80, 40, run + 100_000L)));
    }

    private String redirectOf(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(301);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    default void anAdminImportsASiteAndItsOldAddressesLeadToTheNewArticles() {
        int run = WxrFixture.nextRun();
        StaffSession admin = loginAs("wp-admin-" + run, StaffRole.ADMIN);
        admin.page(PAGE);
        String location = started(ImportUpload.post(admin, uri(PAGE), WxrFixture.bytes(run), uploads(run)));

        JsonNode done = awaitFinished(admin, location);

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("done");
        // another administrator, in another browser, watches the same import
        JsonNode elsewhere = parse(loginAs("wp-other-" + run, StaffRole.ADMIN)
                .get(location + ".json")
                .body());
        assertThat(elsewhere.get("state").asString()).isEqualTo("done");
        assertThat(elsewhere.get("counts")).isEqualTo(done.get("counts"));
        JsonNode counts = done.get("counts");
        assertThat(counts.get("articles.published").asInt()).isEqualTo(2);
        assertThat(counts.get("articles.drafts").asInt()).isEqualTo(1);
        assertThat(counts.get("channels.created").asInt()).isEqualTo(3);
        assertThat(counts.get("comments").asInt()).isEqualTo(2);
        assertThat(counts.get("images").asInt()).isEqualTo(2);
        assertThat(counts.get("redirects").asInt()).isEqualTo(6);

        // the permalink, the guid's ?p=ID, the attachment page and ?attachment_id all lead to the article
        String ferry = redirectOf("/" + run + "/2024/05/03/ferry-terminal-opens/");
        assertThat(ferry).matches("/news/2024/05/03/\\d+\\.html");
        assertThat(redirectOf("/?p=" + run + "11")).isEqualTo(ferry);
        assertThat(redirectOf("/" + run + "/2024/05/03/ferry-terminal-opens/ferry-photo"))
                .isEqualTo(ferry);
        assertThat(redirectOf("/?attachment_id=" + run + "10")).isEqualTo(ferry);
        // a Chinese slug, however it is escaped, with or without the trailing slash
        String park = redirectOf("/" + run + "/2024/06/01/%E5%9F%8E%E5%B8%82%E6%96%B0%E5%85%AC%E5%9B%AD");
        assertThat(park).matches("/news/2024/06/01/\\d+\\.html");
        assertThat(redirectOf("/" + run + "/2024/06/01/%e5%9f%8e%e5%b8%82%e6%96%b0%e5%85%ac%e5%9b%ad/"))
                .isEqualTo(park);
        assertThat(get("/" + run + "/2024/05/03/no-such-post/").statusCode()).isEqualTo(404);

        Document article = page(ferry);
        assertThat(article.text()).contains("Ferry terminal opens " + run, "Jane Harbour", "twelve minutes");
        assertThat(article.select("img[src^=/media/]")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(article.html()).doesNotContain("elsewhere.example.test", "alert(1)", "old.example.test");
        long ferryId = Long.parseLong(ferry.replaceAll(".*/(\\d+)\\.html", "$1"));
        Map<String, Object> row = database()
                .sql(
                        "select published_at, summary, lead_image_id, responsible_editor, channel_id from article where id = :id")
                .param("id", ferryId)
                .query()
                .singleRow();
        assertThat(((Number) row.get("published_at")).longValue())
                .isEqualTo(Instant.parse("2024-05-03T02:00:00Z").toEpochMilli());
        assertThat(row.get("summary")).isEqualTo("A new terminal, a shorter crossing.");
        assertThat(row.get("lead_image_id")).isNotNull();
        assertThat(row.get("responsible_editor")).isEqualTo("Jane Harbour");
        assertThat(database()
                        .sql("select path from channel where id = :id")
                        .param("id", ((Number) row.get("channel_id")).longValue())
                        .query(String.class)
                        .single())
                .isEqualTo("town-" + run + "/harbour-" + run);
        assertThat(database()
                        .sql("select count(*) from channel where path = :path")
                        .param("path", "gongyuan-" + run)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long parkId = Long.parseLong(park.replaceAll(".*/(\\d+)\\.html", "$1"));
        assertThat(database()
                        .sql("select tag from article_tag where article_id = :id")
                        .param("id", parkId)
                        .query(String.class)
                        .list())
                .containsExactly("绿地");
        assertThat(database()
                        .sql("select status from article where title = :title")
                        .param("title", "Budget draft " + run)
                        .query(String.class)
                        .list())
                .containsExactly("DRAFT");
        List<Map<String, Object>> comments = database()
                .sql("""
                        select nickname, body, contact, state from reader_comment
                        where article_id in (:ids) order by id""")
                .param("ids", List.of(ferryId, parkId))
                .query()
                .listOfRows();
        assertThat(comments).extracting(c -> c.get("state")).containsOnly("APPROVED");
        assertThat(comments)
                .extracting(c -> c.get("body"))
                .containsExactly("Twelve minutes " + run + " is fast & cheap.", "步道很好走 " + run + "。");
        assertThat(comments.get(0).get("nickname")).isEqualTo("Harbour Reader");
        assertThat(comments.get(0).get("contact")).isEqualTo("reader@example.test");

        Document report = admin.page(location);
        assertThat(report.select("#report-skipped").text())
                .contains("comment 2", "comment 3", "About the weekly", "https://elsewhere.example.test/hotlinked.png");
        assertThat(report.select("#report-counts [data-count=articles.published]")
                        .text())
                .isEqualTo("2");
        assertThat(admin.page("/admin/redirects").select("#redirects").text()).contains("/?p=" + run + "11", ferry);
    }

    @Test
    default void aBrokenFileFailsWithItsReasonOnTheProgressAndWritesNothing() {
        int run = WxrFixture.nextRun();
        StaffSession admin = loginAs("wp-admin-broken-" + run, StaffRole.ADMIN);
        admin.page(PAGE);
        // every post is sound but the file breaks at its very end
        String broken = WxrFixture.xml(run).replace("</channel>\n</rss>", "<item><title>cut off</channel></rss>");
        long articles = countRows("article");
        long channels = countRows("channel");
        long redirects = countRows("old_address");
        long comments = countRows("reader_comment");
        long images = countRows("image");

        String location = started(ImportUpload.post(
                admin, uri(PAGE), broken.getBytes(java.nio.charset.StandardCharsets.UTF_8), uploads(run)));
        JsonNode failed = awaitFinished(admin, location);

        assertThat(failed.get("state").asString()).isEqualTo("failed");
        int lastLine = (int) broken.lines().count();
        assertThat(failed.get("message").asString()).contains(String.valueOf(lastLine));
        assertThat(admin.page(location).select("#import-message").text())
                .isEqualTo(failed.get("message").asString());
        assertThat(countRows("article")).isEqualTo(articles);
        assertThat(countRows("channel")).isEqualTo(channels);
        assertThat(countRows("old_address")).isEqualTo(redirects);
        assertThat(countRows("reader_comment")).isEqualTo(comments);
        assertThat(countRows("image")).isEqualTo(images);
    }

    @Test
    default void aFileWithADoctypeOrThatIsNotWxrIsRefusedWithItsReason() {
        StaffSession admin = loginAs("wp-admin-refused", StaffRole.ADMIN);
        admin.page(PAGE);
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss><channel><item><title>&xxe;</title></item></channel></rss>""";

        JsonNode doctype = awaitFinished(admin, started(ImportUpload.post(admin, uri(PAGE), xxe.getBytes(), null)));
        JsonNode feed = awaitFinished(
                admin,
                started(ImportUpload.post(
                        admin, uri(PAGE), "<rss><channel><title>x</title></channel></rss>".getBytes(), null)));

        assertThat(doctype.get("state").asString()).isEqualTo("failed");
        assertThat(doctype.get("message").asString()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(feed.get("message").asString()).contains("wp:wxr_version");
    }

    @Test
    default void theFormNamesAMissingFile() {
        StaffSession admin = loginAs("wp-admin-form", StaffRole.ADMIN);
        admin.page(PAGE);

        HttpResponse<String> response = new MultipartUpload().field("note", "x").post(admin, uri(PAGE));

        thenRefusedAt(response, "file");
    }

    @Test
    default void aFailureWhileWritingRollsBackEverythingWrittenBefore() {
        int run = WxrFixture.nextRun();
        Wxr.Export export = new WxrReader(bean(WordPressProperties.class).limits())
                .read(new java.io.ByteArrayInputStream(WxrFixture.bytes(run)));
        long articles = countRows("article");
        long channels = countRows("channel");
        long redirects = countRows("old_address");
        long comments = countRows("reader_comment");

        // the first post, its channels, comments and redirects are written; then the writing step is stopped
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bean(WxrRecords.class)
                        .record(
                                -1,
                                export,
                                new WxrRecords.Pictures(Map.of(), Map.of()),
                                new ReportBuilder(),
                                (done, total) -> {
                                    if (done == 2) {
                                        throw new IllegalStateException("stopped after two posts");
                                    }
                                }))
                .hasMessage("stopped after two posts");

        assertThat(countRows("article")).isEqualTo(articles);
        assertThat(countRows("channel")).isEqualTo(channels);
        assertThat(countRows("old_address")).isEqualTo(redirects);
        assertThat(countRows("reader_comment")).isEqualTo(comments);
        assertThat(get("/?p=" + run + "11").statusCode()).isEqualTo(200);
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    default void theCommandImportsFromAFileAndAnUploadsDirectoryPrintingProgress(
            org.springframework.boot.test.system.CapturedOutput output) throws java.io.IOException {
        int run = WxrFixture.nextRun();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("wxr-command");
        java.nio.file.Path file = dir.resolve("export.xml");
        java.nio.file.Files.write(file, WxrFixture.bytes(run));
        java.nio.file.Path uploads = java.nio.file.Files.createDirectories(dir.resolve("uploads/2024/05"));
        java.nio.file.Files.write(uploads.resolve("ferry-photo.png"), MultipartUpload.png(30, 20, run));
        java.nio.file.Files.write(uploads.resolve("quay-view.png"), MultipartUpload.png(20, 30, run));

        new WxrCommandLine(
                        bean(WordPressImport.class),
                        new WxrCommandProperties(file, dir.resolve("uploads")),
                        bean(org.springframework.context.MessageSource.class))
                .run(null);

        assertThat(output.getAll())
                .contains("WordPress import", "pictures 3/3", "articles 3/3", "articles.published=2")
                .contains("skipped comment");
        assertThat(java.nio.file.Files.exists(file)).isTrue();
        assertThat(redirectOf("/?p=" + run + "12")).matches("/news/2024/06/01/\\d+\\.html");
    }
}
