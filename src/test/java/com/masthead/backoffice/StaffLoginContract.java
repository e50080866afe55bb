package com.masthead.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccountUpdate;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import com.masthead.support.SiteTestSupport;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Staff login, logout, throttling, sessions and password changes over real HTTP. */
public interface StaffLoginContract extends SiteClient {

    StaffAccounts accounts();

    @Test
    default void staffPagesNeedALoginAndTheLoginPageHasALabelledFormWithACsrfToken() {
        StaffSession anonymous = newStaffSession();

        HttpResponse<String> account = anonymous.get("/admin/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        Document login = anonymous.page("/login");
        assertThat(login.select("label[for=username]")).hasSize(1);
        assertThat(login.select("label[for=password]")).hasSize(1);
        assertThat(login.select("input[name=_csrf]").attr("value")).isNotBlank();
    }

    @Test
    default void aLoginWithoutTheCsrfTokenIsRefused() {
        staffAccount("csrf-check", StaffRole.REPORTER);
        StaffSession session = newStaffSession();
        session.page("/login");

        HttpResponse<String> response =
                session.postRaw("/login", Map.of("username", "csrf-check", "password", SiteTestSupport.STAFF_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/account").statusCode()).isEqualTo(302);
    }

    @Test
    default void aGoodPasswordOpensASessionWithSafeCookieFlagsAndLogoutEndsIt() {
        staffAccount("login-ok", StaffRole.EDITOR);
        StaffSession session = newStaffSession();

        HttpResponse<String> response = session.login("login-ok", SiteTestSupport.STAFF_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/");
        String setCookie = String.join(";", response.headers().allValues("Set-Cookie"));
        assertThat(setCookie)
                .contains("MASTHEAD_SESSION=")
                .containsIgnoringCase("HttpOnly")
                .contains("SameSite=Lax");
        Document account = session.page("/admin/account");
        assertThat(account.text()).contains("测试login-ok").contains("login-ok@example.test");

        HttpResponse<String> logout = session.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(session.get("/admin/account").statusCode()).isEqualTo(302);
    }

    @Test
    default void aWrongPasswordSaysSoWithoutTellingWhetherTheAccountExists() {
        staffAccount("login-wrong", StaffRole.EDITOR);

        HttpResponse<String> wrongPassword = newStaffSession().login("login-wrong", "Not-The-Password-1");
        HttpResponse<String> noSuchUser = newStaffSession().login("nobody-here", "Not-The-Password-1");

        assertThat(wrongPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(noSuchUser.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    default void aDeactivatedAccountCannotLogIn() {
        StaffAccount account = staffAccount("login-disabled", StaffRole.EDITOR);
        accounts()
                .update(
                        account.id(),
                        account.version(),
                        new StaffAccountUpdate(
                                account.realName(), account.email(), account.roles(), account.channelIds(), false),
                        "test");

        HttpResponse<String> response = newStaffSession().login("login-disabled", SiteTestSupport.STAFF_PASSWORD);

        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    default void changingThePasswordChecksTheCurrentOneAndTheStrengthAndNamesTheField() {
        StaffSession session = loginAs("password-changer", StaffRole.REPORTER);
        session.page("/admin/account");

        HttpResponse<String> weak = session.post(
                "/admin/account/password",
                Map.of(
                        "currentPassword", SiteTestSupport.STAFF_PASSWORD,
                        "newPassword", "short",
                        "repeatPassword", "short"));
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(weak.body())
                        .select("#newPassword-error")
                        .text())
                .contains("12");

        HttpResponse<String> wrongCurrent = session.post(
                "/admin/account/password",
                Map.of(
                        "currentPassword", "Not-It-At-All-9",
                        "newPassword", "Brand-New-Secret-42",
                        "repeatPassword", "Brand-New-Secret-42"));
        assertThat(org.jsoup.Jsoup.parse(wrongCurrent.body())
                        .select("#currentPassword-error")
                        .text())
                .isNotBlank();

        HttpResponse<String> changed = session.post(
                "/admin/account/password",
                Map.of(
                        "currentPassword", SiteTestSupport.STAFF_PASSWORD,
                        "newPassword", "Brand-New-Secret-42",
                        "repeatPassword", "Brand-New-Secret-42"));
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(newStaffSession()
                        .login("password-changer", "Brand-New-Secret-42")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/admin/");
        String stored = jdbcPasswordHash("password-changer");
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain("Brand-New-Secret-42");
    }

    String jdbcPasswordHash(String login);
}
