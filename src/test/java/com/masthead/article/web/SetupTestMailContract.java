package com.masthead.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.StaffSession;
import com.masthead.ticket.MailServer;
import com.masthead.ticket.TicketFixtures;
import com.masthead.ticket.TicketSiteClient;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * "Send a test mail" on the setup checklist's SMTP item, against a real SMTP server (GreenMail): the mail goes out
 * through the outbox's path, and the dashboard says to whom it went, or why it did not.
 */
interface SetupTestMailContract extends TicketSiteClient {

    AtomicInteger ADMINS = new AtomicInteger();

    MessageSource messages();

    /** A UI text in Chinese, the default bundle. */
    default String text(String key, Object... arguments) {
        return messages().getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    default void aTestMailReachesTheTypedAddressAndTheDashboardSaysItWasSent() {
        StaffSession admin = anAdmin();
        String to = TicketFixtures.uniqueEmail();

        Document dashboard = admin.follow(admin.post("/admin/setup/test-mail", Map.of("to", to)));

        Element result = dashboard.selectFirst("#setup [data-setup=smtp] #test-mail-result");
        assertThat(result).isNotNull();
        assertThat(result.attr("data-outcome")).isEqualTo("sent");
        assertThat(result.text()).isEqualTo(text("newsroom.setup.test-mail.sent", to));
        var mail = MailServer.await(to, text("newsroom.setup.test-mail.subject"));
        assertThat(MailServer.text(mail)).contains("这是一封测试邮件");
        assertThat(admin.page("/admin/").select("#test-mail-result"))
                .as("shown once")
                .isEmpty();
    }

    @Test
    default void withoutAnAddressTheTestMailGoesToTheAdministratorsOwn() {
        String login = "setup-mail-own-" + ADMINS.incrementAndGet() + "-" + System.nanoTime();
        StaffSession admin = loginAs(login, StaffRole.ADMIN);
        admin.page("/admin/");

        Document dashboard = admin.follow(admin.post("/admin/setup/test-mail", Map.of("to", "")));

        assertThat(dashboard.select("#test-mail-result").attr("data-outcome")).isEqualTo("sent");
        assertThat(MailServer.await(login + "@example.test", text("newsroom.setup.test-mail.subject")))
                .isNotNull();
    }

    @Test
    default void aMalformedAddressIsRefusedNamingItAndNothingIsQueued() {
        StaffSession admin = anAdmin();
        long before = countRows("mail_outbox");

        Document dashboard = admin.follow(admin.post("/admin/setup/test-mail", Map.of("to", "不是地址@")));

        assertThat(dashboard.select("#test-mail-result").attr("data-outcome")).isEqualTo("invalid");
        assertThat(dashboard.select("#test-mail-result").text())
                .isEqualTo(text("newsroom.setup.test-mail.invalid", "不是地址@"));
        assertThat(countRows("mail_outbox")).isEqualTo(before);
    }

    @Test
    default void onlyAdministratorsMaySendATestMail() {
        StaffSession chief = loginAs("setup-mail-chief-" + ADMINS.incrementAndGet(), StaffRole.EDITOR_IN_CHIEF);
        chief.page("/admin/");
        long before = countRows("mail_outbox");

        assertThat(chief.post("/admin/setup/test-mail", Map.of("to", TicketFixtures.uniqueEmail()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(countRows("mail_outbox")).isEqualTo(before);
    }

    private StaffSession anAdmin() {
        StaffSession admin =
                loginAs("setup-mail-admin-" + ADMINS.incrementAndGet() + "-" + System.nanoTime(), StaffRole.ADMIN);
        admin.page("/admin/");
        return admin;
    }
}
