package com.masthead.backoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The users and roles screen over real HTTP. */
public interface UserAdminContract extends AdminScreens {

    @Test
    default void theUserListShowsAccountsAndTheFormsLabelEveryControlAndNeverShowAHash() {
        StaffAccount listed = staffAccount(ContentFixtures.unique("listed").toLowerCase(), StaffRole.EDITOR);
        StaffSession admin = loginAs("users-admin", StaffRole.ADMIN);

        Document list = admin.page("/admin/users");
        assertThat(list.select("main table").text()).contains(listed.login()).contains(listed.realName());
        Document create = admin.page("/admin/users/new");
        thenEveryControlIsLabelled(create);
        Document edit = admin.page("/admin/users/" + listed.id());
        thenEveryControlIsLabelled(edit);
        assertThat(edit.select("input[name=version]").val()).isEqualTo(String.valueOf(listed.version()));

        for (Document page : new Document[] {list, create, edit}) {
            assertThat(page.html()).doesNotContain("argon2").doesNotContain("password_hash");
            assertThat(page.select("input[name=password]").val()).isEmpty();
        }
    }

    @Test
    default void creatingAUserSavesTheAccountWithItsRolesAndChannels() {
        StaffSession admin = loginAs("users-admin", StaffRole.ADMIN);
        long channel = fixtures().channel("用户测试栏目", null).get("id").asLong();
        String login = ContentFixtures.unique("new").toLowerCase();
        admin.page("/admin/users/new");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", login);
        form.put("realName", "周新人");
        form.put("email", login + "@example.test");
        form.put("roles", "EDITOR");
        form.put("channelIds", String.valueOf(channel));
        form.put("password", "Fresh-Start-2026");
        Document list = thenSavedAndRedirectedTo(admin, admin.post("/admin/users", form), "/admin/users");

        assertThat(list.select("[role=status]").text()).contains(login);
        StaffAccount saved = bean(StaffAccounts.class).findByLogin(login).orElseThrow();
        assertThat(saved.realName()).isEqualTo("周新人");
        assertThat(saved.roles()).containsExactly(StaffRole.EDITOR);
        assertThat(saved.channelIds()).containsExactly(channel);
        assertThat(newStaffSession().login(login, "Fresh-Start-2026").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/"));
    }

    @Test
    default void aWeakPasswordAndABadEmailAreNamedAtTheirFieldsAndNothingIsSaved() {
        StaffSession admin = loginAs("users-admin", StaffRole.ADMIN);
        String login = ContentFixtures.unique("weak").toLowerCase();
        admin.page("/admin/users/new");
        long before = countRows("staff_account");

        HttpResponse<String> response = admin.post(
                "/admin/users",
                Map.of(
                        "login", login,
                        "realName", "吴弱",
                        "email", "not-an-address",
                        "roles", "REPORTER",
                        "password", "short1A"));

        Document page = thenRefusedAt(response, "password");
        assertThat(page.select("#password-error").text()).contains("12");
        assertThat(page.select("#email-error").text()).isNotBlank();
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#login").val()).isEqualTo(login);
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(page.html()).doesNotContain("short1A");
        assertThat(countRows("staff_account")).isEqualTo(before);
    }

    @Test
    default void anAccountWithoutRolesOrWithATakenLoginIsRefused() {
        StaffSession admin = loginAs("users-admin", StaffRole.ADMIN);
        admin.page("/admin/users/new");
        long before = countRows("staff_account");

        HttpResponse<String> noRoles = admin.post(
                "/admin/users",
                Map.of(
                        "login", ContentFixtures.unique("noroles").toLowerCase(),
                        "realName", "郑无",
                        "email", "noroles@example.test",
                        "password", "Perfectly-Fine-42"));
        thenRefusedAt(noRoles, "roles");

        HttpResponse<String> taken = admin.post(
                "/admin/users",
                Map.of(
                        "login", "users-admin",
                        "realName", "重名",
                        "email", "taken@example.test",
                        "roles", "EDITOR",
                        "password", "Perfectly-Fine-42"));
        thenRefusedAt(taken, "login");
        assertThat(countRows("staff_account")).isEqualTo(before);
    }

    @Test
    default void editingRolesAndTheActiveFlagNeedsTheVersionThatWasRead() {
        StaffAccount account = staffAccount(ContentFixtures.unique("edited").toLowerCase(), StaffRole.REPORTER);
        StaffSession admin = loginAs("users-admin", StaffRole.ADMIN);
        admin.page("/admin/users/" + account.id());

        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(account.version()));
        form.put("realName", "改名后");
        form.put("email", account.email());
        form.put("roles", "SECTION_CHIEF");
        thenSavedAndRedirectedTo(admin, admin.post("/admin/users/" + account.id(), form), "/admin/users");

        StaffAccount saved = bean(StaffAccounts.class).find(account.id());
        assertThat(saved.roles()).containsExactly(StaffRole.SECTION_CHIEF);
        assertThat(saved.active()).isFalse();
        assertThat(saved.realName()).isEqualTo("改名后");

        form.put("active", "on");
        form.put("realName", "过期的修改");
        Document stale = thenRefusedAt(admin.post("/admin/users/" + account.id(), form), "version");
        assertThat(stale.select("#realName").val()).isEqualTo("过期的修改");
        assertThat(bean(StaffAccounts.class).find(account.id())).isEqualTo(saved);
    }

    @Test
    default void resettingAPasswordAsksFirstThenShowsTheOneTimePasswordOnceAndNotInTheUrl() {
        StaffAccount account = staffAccount(ContentFixtures.unique("reset").toLowerCase(), StaffRole.EDITOR);
        StaffSession admin = loginAs("users-admin", StaffRole.ADMIN);

        Document confirm = admin.page("/admin/users/" + account.id() + "/password");
        assertThat(confirm.select("form[method=post][action$=/password] button[type=submit]"))
                .hasSize(1);
        assertThat(confirm.select("#one-time-password")).isEmpty();

        HttpResponse<String> reset = admin.post("/admin/users/" + account.id() + "/password", Map.of());
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String password =
                org.jsoup.Jsoup.parse(reset.body()).select("#one-time-password").val();
        assertThat(password).hasSize(16);

        assertThat(admin.page("/admin/users/" + account.id()).html()).doesNotContain(password);
        assertThat(admin.page("/admin/users").html()).doesNotContain(password);
        assertThat(newStaffSession().login(account.login(), password).headers().firstValue("Location"))
                .as("a reset password must be changed first")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/account"));
    }
}
