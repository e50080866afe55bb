package com.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SqliteSiteTest;
import com.masthead.support.StaffSession;
import com.masthead.system.MastheadProperties;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The export page over real HTTP: an administrator starts an export (CSRF), another tab follows its progress in
 * JSON until it is done and downloads the archive; a failure shows its reason; nobody else gets in.
 */
class ArchiveExportPageSqliteIntegrationTests extends SqliteSiteTest {

    @Autowired
    private MastheadProperties masthead;

    @Test
    void anAdministratorStartsAnExportAnotherTabWatchesItAndTheArchiveDownloads() {
        StaffSession admin = loginAs(ContentFixtures.unique("archive-admin"), StaffRole.ADMIN);
        StaffSession otherTab = loginAs(ContentFixtures.unique("archive-watcher"), StaffRole.ADMIN);
        whenNoExportRuns(admin);

        assertThat(admin.page("/admin/archive").select("button").eachText()).contains("开始导出");
        HttpResponse<String> started = admin.post("/admin/archive/export", Map.of());

        assertThat(started.statusCode()).isEqualTo(302);
        JsonNode job = await().atMost(Duration.ofMinutes(2))
                .until(() -> progress(otherTab), j -> j.get("state").asString().equals("done"));
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        String download = job.get("download").asString();
        assertThat(download).matches("/admin/archive/exports/masthead-[0-9]{8}-[0-9]{6}\\.zip");
        assertThat(otherTab.page("/admin/archive").select("#export-download a").attr("href"))
                .isEqualTo(download);
        HttpResponse<String> archive = otherTab.get(download);
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(archive.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment");
        assertThat(archive.body()).startsWith("PK");
        String name = download.substring(download.lastIndexOf('/') + 1);
        assertThat(database()
                        .sql("select actor from audit_entry where action = 'archive.export-started' and subject = ?")
                        .param("archive:" + name)
                        .query(String.class)
                        .list())
                .as("the start is in the audit log")
                .hasSize(1)
                .allSatisfy(actor -> assertThat(actor).startsWith("archive-admin"));
    }

    @Test
    void aFailedExportShowsItsReasonAndNothingToDownload() throws Exception {
        StaffSession admin = loginAs(ContentFixtures.unique("archive-admin"), StaffRole.ADMIN);
        whenNoExportRuns(admin);
        Path exports = masthead.dataDir().resolve("exports");
        Path aside = masthead.dataDir().resolve("exports-aside");
        if (Files.isDirectory(exports)) {
            Files.move(exports, aside);
        }
        Files.writeString(exports, "a file where the exports directory should be");
        try {
            admin.page("/admin/archive");
            admin.post("/admin/archive/export", Map.of());

            JsonNode job = await().atMost(Duration.ofMinutes(1))
                    .until(() -> progress(admin), j -> j.get("state").asString().equals("failed"));
            assertThat(job.get("failure").asString()).contains("exports");
            assertThat(job.get("download").isNull()).isTrue();
            assertThat(admin.page("/admin/archive").select("#export-failure").text())
                    .contains("exports");
        } finally {
            Files.delete(exports);
            if (Files.isDirectory(aside)) {
                Files.move(aside, exports);
            }
        }
    }

    @Test
    void withoutTheCsrfTokenNothingStarts() {
        StaffSession admin = loginAs(ContentFixtures.unique("archive-admin"), StaffRole.ADMIN);
        whenNoExportRuns(admin);
        String before = progress(admin).toString();
        admin.page("/admin/archive");

        assertThat(admin.postRaw("/admin/archive/export", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(progress(admin).toString()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsSeeThePageStartOrDownload() {
        StaffSession chief = loginAs(ContentFixtures.unique("archive-chief"), StaffRole.EDITOR_IN_CHIEF);

        chief.page("/admin/");
        assertThat(chief.csrfToken()).isNotNull();

        assertThat(chief.get("/admin/archive").statusCode()).isEqualTo(403);
        assertThat(chief.get("/admin/archive/export.json").statusCode()).isEqualTo(403);
        assertThat(chief.post("/admin/archive/export", Map.of()).statusCode()).isEqualTo(403);
        assertThat(chief.get("/admin/archive/exports/masthead-20261207-000000.zip")
                        .statusCode())
                .isEqualTo(403);
        assertThat(newStaffSession().get("/admin/archive").statusCode()).isEqualTo(302);
    }

    @Test
    void onlyTheExportsOwnFileNamesAreServed() {
        StaffSession admin = loginAs(ContentFixtures.unique("archive-admin"), StaffRole.ADMIN);

        assertThat(admin.get("/admin/archive/exports/masthead.db").statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/archive/exports/..%2Fmasthead.db").statusCode())
                .isIn(400, 404);
    }

    private JsonNode progress(StaffSession session) {
        HttpResponse<String> response = session.get("/admin/archive/export.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return parse(response.body());
    }

    private void whenNoExportRuns(StaffSession admin) {
        await().atMost(Duration.ofMinutes(2))
                .until(() -> !progress(admin).get("state").asString().equals("running"));
    }
}
