package com.masthead.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.SiteTestSupport;
import com.masthead.support.StaffSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Outside demo mode, until an admin sets the public base URL: the start log and the admin's dashboard say so, and
 * links keep the placeholder rather than an address guessed from requests. The setup checklist starts unticked on
 * an empty newsroom.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "masthead.seed-demo-content=false")
@ExtendWith(OutputCaptureExtension.class)
class BaseUrlWarningIntegrationTests extends SiteTestSupport {

    private static final Path DATA_DIR = createDataDir();

    @Autowired
    SiteSettingsService settings;

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        registry.add("masthead.data-dir", DATA_DIR::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:sqlite:" + DATA_DIR.resolve("masthead.db") + "?journal_mode=WAL&foreign_keys=true");
    }

    @Test
    void withoutABaseUrlTheStartLogAndTheAdminDashboardWarnUntilItIsSet(CapturedOutput output) {
        assertThat(output.getOut().lines().filter(l -> l.contains("WARN") && l.contains("public base URL is not set")))
                .hasSize(1);
        StaffSession admin = loginAs("base-url-admin", StaffRole.ADMIN);
        StaffSession reporter = loginAs("base-url-reporter", StaffRole.REPORTER);

        Document dashboard = admin.page("/admin/");
        assertThat(dashboard.select("#base-url-warning").text()).contains("http://localhost:8080");
        assertThat(dashboard.select("#base-url-warning a[href=/admin/settings]"))
                .hasSize(1);
        assertThat(reporter.page("/admin/").select("#base-url-warning")).isEmpty();
        assertThat(get("/robots.txt").body()).contains("Sitemap: http://localhost:8080/sitemap.xml");
        assertThat(dashboard.select("#setup [data-setup=base-url]").attr("data-done"))
                .isEqualTo("false");
        assertThat(dashboard.select("#setup [data-setup=accounts]").attr("data-done"))
                .isEqualTo("false");
        staffAccount("base-url-editor", StaffRole.EDITOR, StaffRole.SECTION_CHIEF);
        staffAccount("base-url-chief", StaffRole.EDITOR_IN_CHIEF, StaffRole.MODERATOR);
        assertThat(admin.page("/admin/").select("#setup [data-setup=accounts]").attr("data-done"))
                .isEqualTo("true");

        SiteSettings before = settings.latest();
        settings.update(
                new SiteSettingsDraft(
                        before.name(),
                        before.tagline(),
                        "https://news.example.cn",
                        before.timeZone().getId(),
                        before.originalStatement(),
                        before.reprintStatement(),
                        List.of(),
                        null),
                before.version());

        Document set = admin.page("/admin/");
        assertThat(set.select("#base-url-warning")).isEmpty();
        assertThat(set.select("#setup [data-setup=base-url]").attr("data-done")).isEqualTo("true");
        assertThat(get("/robots.txt").body()).contains("Sitemap: https://news.example.cn/sitemap.xml");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("masthead-base-url-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
