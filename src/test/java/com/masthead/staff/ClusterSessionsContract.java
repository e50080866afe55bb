package com.masthead.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Staff sessions live in the database (Spring Session JDBC): a browser logged in through one instance is logged
 * in on every instance behind the load balancer, stays logged in when its instance restarts (its CSRF token
 * too, so the next save works), and ending an account's sessions on one instance ends them on all.
 */
interface ClusterSessionsContract {

    SessionCluster cluster();

    @Test
    default void aLoginThroughOneInstanceIsLoggedInOnTheOther() {
        String login = ContentFixtures.unique("roaming").toLowerCase();
        StaffSession editor = cluster().a().loginAs(login, StaffRole.EDITOR);

        editor.via(cluster().b());

        assertThat(editor.get("/admin/account").statusCode()).isEqualTo(200);
        assertThat(editor.page("/admin/account").text()).contains(login);
    }

    @Test
    default void aSessionAndItsCsrfTokenSurviveARestartOfItsInstance() {
        SessionCluster cluster = cluster();
        long channel = cluster.a()
                .fixtures()
                .channel(ContentFixtures.unique("重启测试"), null)
                .get("id")
                .asLong();
        String login = ContentFixtures.unique("restarted").toLowerCase();
        StaffSession reporter = cluster.a().loginAs(login, StaffRole.REPORTER);
        reporter.page("/admin/articles/new");
        long before = cluster.a().countRows("article");

        reporter.via(cluster.restartA());
        HttpResponse<String> saved = reporter.post(
                "/admin/articles",
                Map.of(
                        "channelId", String.valueOf(channel),
                        "title", "重启前打开的稿件",
                        "body", "<p>重启后保存。</p>",
                        "rights", "ORIGINAL"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        assertThat(cluster.a().countRows("article")).isEqualTo(before + 1);
        assertThat(reporter.get("/admin/account").statusCode()).isEqualTo(200);
    }

    @Test
    default void deactivatingAnAccountOnOneInstanceEndsItsSessionOnTheOther() {
        String login = ContentFixtures.unique("ended").toLowerCase();
        StaffSession reporter =
                cluster().a().loginAs(login, StaffRole.REPORTER).via(cluster().b());
        assertThat(reporter.get("/admin/account").statusCode()).isEqualTo(200);

        StaffAccounts accounts = cluster().a().accounts();
        StaffAccount account = accounts.findByLogin(login).orElseThrow();
        accounts.update(
                account.id(),
                account.version(),
                new StaffAccountUpdate(
                        account.realName(), account.email(), account.roles(), account.channelIds(), false),
                "test");

        HttpResponse<String> after = reporter.get("/admin/account");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(reporter.via(cluster().a()).get("/admin/account").statusCode())
                .isEqualTo(302);
    }
}
