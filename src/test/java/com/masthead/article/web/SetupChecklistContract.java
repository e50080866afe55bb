package com.masthead.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.article.ReviewPolicies;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsDraft;
import com.masthead.settings.SiteSettingsService;
import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import com.masthead.support.StaffSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The first-run checklist on an admin's dashboard: each item links to its screen and ticks itself as the state
 * changes; an admin without an editorial role learns why 稿件 answers 403.
 */
interface SetupChecklistContract extends SiteClient {

    <T> T bean(Class<T> type);

    @Test
    default void theChecklistTicksItselfAsTheNewsroomIsSetUp() {
        StaffSession admin = loginAs("setup-admin", StaffRole.ADMIN);
        ReviewPolicies policies = bean(ReviewPolicies.class);
        for (Channel channel : bean(ChannelCatalog.class).all()) {
            policies.setLevels(channel.id(), policies.levelsFor(channel.id()), "test");
        }

        Document dashboard = admin.page("/admin/");
        assertThat(item(dashboard, "review-levels").attr("data-done")).isEqualTo("true");
        assertThat(item(dashboard, "review-levels").select("a[href=/admin/channels]"))
                .hasSize(1);
        assertThat(item(dashboard, "accounts").attr("data-done"))
                .as("the demo has one account per role")
                .isEqualTo("true");
        assertThat(item(dashboard, "accounts").select("a[href=/admin/users]")).hasSize(1);
        assertThat(item(dashboard, "smtp").attr("data-done"))
                .as("no spring.mail.host here")
                .isEqualTo("false");
        assertThat(item(dashboard, "site-name").select("a[href=/admin/settings]"))
                .hasSize(1);
        assertThat(item(dashboard, "base-url").select("a[href=/admin/settings]"))
                .hasSize(1);
        assertThat(dashboard.select("#separation-of-duties").text()).contains("稿件");
        assertThat(admin.get("/admin/articles").statusCode()).isEqualTo(403);

        fixtures().channel("新开栏目", null);
        assertThat(item(admin.page("/admin/"), "review-levels").attr("data-done"))
                .isEqualTo("false");

        SiteSettingsService settings = bean(SiteSettingsService.class);
        SiteSettings before = settings.latest();
        try {
            settings.update(draft(before, "东海晨报", "https://news.example.cn"), before.version());
            Document named = admin.page("/admin/");
            assertThat(item(named, "site-name").attr("data-done")).isEqualTo("true");
            assertThat(item(named, "base-url").attr("data-done")).isEqualTo("true");
        } finally {
            settings.update(
                    draft(before, before.name(), before.baseUrl()),
                    settings.latest().version());
        }
        assertThat(item(admin.page("/admin/"), "site-name").attr("data-done")).isEqualTo("false");
    }

    @Test
    default void onlyAdminsSeeTheChecklistAndAnAdminWhoAlsoEditsIsNotToldAbout403() {
        Document reporter = loginAs("setup-reporter", StaffRole.REPORTER).page("/admin/");
        assertThat(reporter.select("#setup")).isEmpty();
        assertThat(reporter.select("#separation-of-duties")).isEmpty();

        Document both =
                loginAs("setup-admin-editor", StaffRole.ADMIN, StaffRole.EDITOR).page("/admin/");
        assertThat(both.select("#setup [data-setup]")).hasSize(5);
        assertThat(both.select("#separation-of-duties")).isEmpty();
    }

    private static Element item(Document dashboard, String key) {
        Element item = dashboard.selectFirst("#setup [data-setup=" + key + "]");
        assertThat(item).as("checklist item " + key).isNotNull();
        return item;
    }

    private static SiteSettingsDraft draft(SiteSettings s, String name, String baseUrl) {
        return new SiteSettingsDraft(
                name,
                s.tagline(),
                baseUrl,
                s.timeZone().getId(),
                s.originalStatement(),
                s.reprintStatement(),
                s.footerLines(),
                s.logoUrl());
    }

    @Test
    default void withoutAnSmtpServerTheTestMailSaysSoAndQueuesNothing() {
        StaffSession admin = loginAs("setup-admin-mail", StaffRole.ADMIN);
        admin.page("/admin/");
        long before = countRows("mail_outbox");

        Document dashboard =
                admin.follow(admin.post("/admin/setup/test-mail", java.util.Map.of("to", "desk@example.test")));

        assertThat(item(dashboard, "smtp").select("#test-mail-result").attr("data-outcome"))
                .isEqualTo("not-configured");
        assertThat(item(dashboard, "smtp").select("#test-mail-result").text()).contains("spring.mail.host");
        assertThat(countRows("mail_outbox")).isEqualTo(before);
    }
}
