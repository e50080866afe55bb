package com.masthead.settings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.backoffice.web.AdminScreens;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsDraft;
import com.masthead.settings.SiteSettingsService;
import com.masthead.staff.StaffRole;
import com.masthead.support.StaffSession;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The site settings screen (for administrators) over real HTTP. */
public interface SettingsAdminContract extends AdminScreens {

    @Test
    default void anAdminChangesTheSettingsAndAnUnknownTimeZoneOrTooManyFooterLinesAreNamed() {
        StaffSession admin = loginAs("settings-admin", StaffRole.ADMIN);
        Document page = admin.page("/admin/settings");
        thenEveryControlIsLabelled(page);
        SiteSettings before = bean(SiteSettingsService.class).current();
        assertThat(page.select("#name").val()).isEqualTo(before.name());

        try {
            thenSettingsFormChecksAndSaves(admin, page, before);
        } finally {
            restore(before);
        }
    }

    @Test
    default void aSecondAdminSavingStaleSettingsIsRefusedAndTheFirstSaveIsKept() {
        SiteSettings before = bean(SiteSettingsService.class).latest();
        StaffSession first = loginAs("settings-admin", StaffRole.ADMIN);
        StaffSession second = loginAs("settings-admin-2", StaffRole.ADMIN);
        Map<String, String> firstForm = formOf(first.page("/admin/settings"));
        Map<String, String> secondForm = formOf(second.page("/admin/settings"));
        try {
            firstForm.put("tagline", "第一位管理员的口号");
            thenSavedAndRedirectedTo(first, first.post("/admin/settings", firstForm), "/admin/settings");

            secondForm.put("tagline", "第二位管理员的口号");
            Document refused = thenRefusedAt(second.post("/admin/settings", secondForm), "version");

            assertThat(refused.select("#tagline").val())
                    .as("what was typed is kept")
                    .isEqualTo("第二位管理员的口号");
            SiteSettings stored = bean(SiteSettingsService.class).latest();
            assertThat(stored.tagline()).isEqualTo("第一位管理员的口号");
            assertThat(stored.version()).isEqualTo(before.version() + 1);
            // reloading shows the first save and its version; saving from there succeeds
            Map<String, String> reloaded = formOf(second.page("/admin/settings"));
            assertThat(reloaded.get("tagline")).isEqualTo("第一位管理员的口号");
            reloaded.put("tagline", "第二位管理员的口号");
            thenSavedAndRedirectedTo(second, second.post("/admin/settings", reloaded), "/admin/settings");
            assertThat(bean(SiteSettingsService.class).latest().tagline()).isEqualTo("第二位管理员的口号");
        } finally {
            restore(before);
        }
    }

    private static Map<String, String> formOf(Document page) {
        Map<String, String> form = new HashMap<>();
        page.select("main form input[name], main form textarea[name]")
                .forEach(field -> form.put(field.attr("name"), field.val()));
        return form;
    }

    private void restore(SiteSettings before) {
        SiteSettingsService service = bean(SiteSettingsService.class);
        service.update(
                new SiteSettingsDraft(
                        before.name(),
                        before.tagline(),
                        before.baseUrl(),
                        before.timeZone().getId(),
                        before.originalStatement(),
                        before.reprintStatement(),
                        before.footerLines(),
                        before.logoUrl()),
                service.latest().version());
    }

    private void thenSettingsFormChecksAndSaves(StaffSession admin, Document page, SiteSettings before) {
        Map<String, String> form = formOf(page);
        form.put("timeZone", "Mars/Olympus_Mons");
        form.put("footerLines", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11");
        form.put("baseUrl", "ftp://example.cn/path");
        Document refused = thenRefusedAt(admin.post("/admin/settings", form), "footerLines");
        assertThat(refused.select("#baseUrl-error").text()).isNotBlank();
        assertThat(bean(SiteSettingsService.class).current()).isEqualTo(before);

        form.put("baseUrl", "https://news.example.cn");
        form.put("footerLines", "主办：测试报社\n\n  备案号：测试00000001号  ");
        thenRefusedAt(admin.post("/admin/settings", form), "timeZone");
        assertThat(bean(SiteSettingsService.class).current()).isEqualTo(before);

        form.put("timeZone", "Asia/Shanghai");
        thenSavedAndRedirectedTo(admin, admin.post("/admin/settings", form), "/admin/settings");
        SiteSettings saved = bean(SiteSettingsService.class).current();
        assertThat(saved.baseUrl()).isEqualTo("https://news.example.cn");
        assertThat(saved.footerLines()).containsExactly("主办：测试报社", "备案号：测试00000001号");
        assertThat(get("/").body()).contains("备案号：测试00000001号");
    }
}
