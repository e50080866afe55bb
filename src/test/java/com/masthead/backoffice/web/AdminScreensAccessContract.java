package com.masthead.backoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageMetadata;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.ContentFixtures.PrintPage;
import com.masthead.support.MultipartUpload;
import com.masthead.support.StaffSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may open which structure screen: every page against every role, and form posts by the wrong role. */
public interface AdminScreensAccessContract extends AdminScreens {

    Set<StaffRole> ADMIN_ONLY = EnumSet.of(StaffRole.ADMIN);
    Set<StaffRole> DESK =
            EnumSet.of(StaffRole.EDITOR, StaffRole.SECTION_CHIEF, StaffRole.EDITOR_IN_CHIEF, StaffRole.ADMIN);
    Set<StaffRole> ALL_BUT_MODERATORS = EnumSet.complementOf(EnumSet.of(StaffRole.MODERATOR));

    @Test
    default void everyScreenOpensForItsRolesAndIsForbiddenToTheOthers() {
        Map<String, Set<StaffRole>> pages = pagesAndTheirRoles();
        Map<StaffRole, StaffSession> sessions = new EnumMap<>(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            sessions.put(role, loginAs("access-" + role.name().toLowerCase().replace('_', '-'), role));
        }

        List<String> wrong = new ArrayList<>();
        pages.forEach((path, allowed) -> sessions.forEach((role, session) -> {
            int expected = allowed.contains(role) ? 200 : 403;
            int actual = session.get(path).statusCode();
            if (actual != expected) {
                wrong.add(role + " GET " + path + ": " + actual + ", expected " + expected);
            }
        }));

        assertThat(wrong).isEmpty();
    }

    @Test
    default void formPostsByTheWrongRoleAreForbiddenAndSaveNothing() {
        StaffSession reporter = loginAs("access-reporter", StaffRole.REPORTER);
        reporter.page("/admin/media");
        StaffSession moderator = loginAs("access-moderator", StaffRole.MODERATOR);
        moderator.page("/admin/account");
        long accounts = countRows("staff_account");
        long channels = countRows("channel");
        long newspapers = countRows("newspaper");
        long series = countRows("series");
        long settings = countRows("site_setting");

        Map<String, Map<String, String>> posts = new LinkedHashMap<>();
        posts.put(
                "/admin/users",
                Map.of(
                        "login", "sneaky",
                        "realName", "越权",
                        "email", "sneaky@example.test",
                        "roles", "ADMIN",
                        "password", "Sneaky-Admin-2026"));
        posts.put("/admin/channels", Map.of("name", "越权栏目", "slug", ContentFixtures.unique("sneaky")));
        posts.put("/admin/newspapers", Map.of("name", "越权报纸", "slug", ContentFixtures.unique("sneaky")));
        posts.put("/admin/settings", Map.of("name", "越权站名"));
        posts.forEach((path, form) ->
                assertThat(reporter.post(path, form).statusCode()).as(path).isEqualTo(403));

        assertThat(moderator
                        .post("/admin/series", Map.of("name", "越权系列", "slug", ContentFixtures.unique("sneaky")))
                        .statusCode())
                .isEqualTo(403);
        long images = countRows("image");
        assertThat(new MultipartUpload()
                        .file("picture.png", "image/png", MultipartUpload.png(40, 30, System.nanoTime()))
                        .post(moderator, uri("/admin/media"))
                        .statusCode())
                .isEqualTo(403);

        assertThat(countRows("staff_account")).isEqualTo(accounts);
        assertThat(countRows("channel")).isEqualTo(channels);
        assertThat(countRows("newspaper")).isEqualTo(newspapers);
        assertThat(countRows("series")).isEqualTo(series);
        assertThat(countRows("site_setting")).isEqualTo(settings);
        assertThat(countRows("image")).isEqualTo(images);
    }

    @Test
    default void visitorsWithoutALoginAreSentToTheLoginPage() {
        StaffSession anonymous = newStaffSession();
        for (String path : List.of("/admin/media", "/admin/users", "/admin/series", "/admin/settings")) {
            var response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
    }

    @Test
    default void theNavigationShowsEachRoleOnlyTheScreensItMayOpen() {
        List<String> screens = List.of(
                "/admin/media",
                "/admin/channels",
                "/admin/newspapers",
                "/admin/series",
                "/admin/users",
                "/admin/settings");
        Map<String, Set<StaffRole>> roles = Map.of(
                "/admin/media", ALL_BUT_MODERATORS,
                "/admin/channels", ADMIN_ONLY,
                "/admin/newspapers", ADMIN_ONLY,
                "/admin/series", DESK,
                "/admin/users", ADMIN_ONLY,
                "/admin/settings", ADMIN_ONLY);
        for (StaffRole role : StaffRole.values()) {
            StaffSession session = loginAs("access-" + role.name().toLowerCase().replace('_', '-'), role);
            List<String> links = session.page("/admin/account").select("nav a").eachAttr("href");
            List<String> expected = screens.stream()
                    .filter(path -> roles.get(path).contains(role))
                    .toList();
            assertThat(links.stream().filter(screens::contains).toList())
                    .as("navigation of " + role)
                    .containsExactlyElementsOf(expected);
        }
    }

    private Map<String, Set<StaffRole>> pagesAndTheirRoles() {
        long user = staffAccount("access-subject", StaffRole.REPORTER).id();
        long channel = fixtures().channel("权限栏目", null).get("id").asLong();
        PrintPage print = fixtures().printPage("权限报", LocalDate.of(2026, 5, 1), 1, "要闻");
        long seriesId = fixtures().series("权限系列").get("id").asLong();
        Image image = bean(ImageLibrary.class)
                .ingest(
                        MultipartUpload.png(40, 30, System.nanoTime()),
                        "access.png",
                        new ImageMetadata(null, null, null));
        String issue = "/admin/newspapers/" + print.newspaperId() + "/issues/" + print.issueId();

        Map<String, Set<StaffRole>> pages = new LinkedHashMap<>();
        pages.put("/admin/users", ADMIN_ONLY);
        pages.put("/admin/users/new", ADMIN_ONLY);
        pages.put("/admin/users/" + user, ADMIN_ONLY);
        pages.put("/admin/users/" + user + "/password", ADMIN_ONLY);
        pages.put("/admin/channels", ADMIN_ONLY);
        pages.put("/admin/channels/new", ADMIN_ONLY);
        pages.put("/admin/channels/" + channel, ADMIN_ONLY);
        pages.put("/admin/newspapers", ADMIN_ONLY);
        pages.put("/admin/newspapers/new", ADMIN_ONLY);
        pages.put("/admin/newspapers/" + print.newspaperId(), ADMIN_ONLY);
        pages.put("/admin/newspapers/" + print.newspaperId() + "/issues/new", ADMIN_ONLY);
        pages.put(issue, ADMIN_ONLY);
        pages.put(issue + "/pages/new", ADMIN_ONLY);
        pages.put(issue + "/pages/" + print.pageId(), ADMIN_ONLY);
        pages.put("/admin/settings", ADMIN_ONLY);
        pages.put("/admin/series", DESK);
        pages.put("/admin/series/new", DESK);
        pages.put("/admin/series/" + seriesId, DESK);
        pages.put("/admin/media", ALL_BUT_MODERATORS);
        pages.put("/admin/media/results?q=x", ALL_BUT_MODERATORS);
        pages.put("/admin/media/" + image.id(), ALL_BUT_MODERATORS);
        return pages;
    }
}
