package com.masthead.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccountUpdate;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import com.masthead.support.SiteTestSupport;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Issue 12, items 3, 4, 5, 9 and 11 over real HTTP: sessions end with the account's changes, guessing slows down
 * its own source without locking the owner out, throttled guesses do not flood the audit log, one-time passwords
 * must be changed, and the login form does not tell disabled accounts apart.
 */
public interface StaffSecurityContract extends SiteClient {

    AtomicInteger ADDRESSES = new AtomicInteger();

    StaffAccounts accounts();

    JdbcClient database();

    /** A client address no other test uses, so that per-address limits of other tests never reach this one. */
    static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private StaffSession loginFromOwnAddress(String login, StaffRole... roles) {
        staffAccount(login, roles);
        StaffSession session = newStaffSession().from(freshAddress());
        HttpResponse<String> response = session.login(login, SiteTestSupport.STAFF_PASSWORD);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/admin/");
        return session;
    }

    private static void thenLoggedOut(StaffSession session) {
        HttpResponse<String> response = session.get("/admin/account");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    private StaffAccount deactivate(StaffAccount account) {
        StaffAccount now = accounts().find(account.id());
        return accounts()
                .update(
                        now.id(),
                        now.version(),
                        new StaffAccountUpdate(now.realName(), now.email(), now.roles(), now.channelIds(), false),
                        "test");
    }

    // item 3

    @Test
    default void aDeactivatedReportersOldCookieCanNoLongerCreateAnArticle() {
        String login = ContentFixtures.unique("gone").toLowerCase();
        StaffSession reporter = loginFromOwnAddress(login, StaffRole.REPORTER);
        reporter.page("/admin/articles/new");
        long channel = fixtures()
                .channel(ContentFixtures.unique("停用测试"), null)
                .get("id")
                .asLong();
        long before = countRows("article");

        deactivate(accounts().findByLogin(login).orElseThrow());
        HttpResponse<String> response = reporter.post(
                "/admin/articles",
                Map.of(
                        "channelId", String.valueOf(channel),
                        "title", "停用后写的稿件",
                        "body", "<p>不应保存。</p>",
                        "rights", "ORIGINAL"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(countRows("article")).isEqualTo(before);
        thenLoggedOut(reporter);
    }

    @Test
    default void changingRolesOrResettingThePasswordEndsTheAccountsSessions() {
        String editorLogin = ContentFixtures.unique("promoted").toLowerCase();
        StaffSession editor = loginFromOwnAddress(editorLogin, StaffRole.EDITOR);
        String resetLogin = ContentFixtures.unique("reset").toLowerCase();
        StaffSession reset = loginFromOwnAddress(resetLogin, StaffRole.REPORTER);
        assertThat(editor.get("/admin/account").statusCode()).isEqualTo(200);

        StaffAccount account = accounts().findByLogin(editorLogin).orElseThrow();
        accounts()
                .update(
                        account.id(),
                        account.version(),
                        new StaffAccountUpdate(
                                account.realName(),
                                account.email(),
                                Set.of(StaffRole.SECTION_CHIEF),
                                account.channelIds(),
                                true),
                        "test");
        accounts()
                .resetPassword(accounts().findByLogin(resetLogin).orElseThrow().id(), "test");

        thenLoggedOut(editor);
        thenLoggedOut(reset);
    }

    @Test
    default void changingOnesOwnPasswordKeepsThisSessionUnderANewIdAndEndsTheOthers() {
        String login = ContentFixtures.unique("changer").toLowerCase();
        StaffSession here = loginFromOwnAddress(login, StaffRole.REPORTER);
        StaffSession elsewhere = loginFromOwnAddress(login, StaffRole.REPORTER);
        here.page("/admin/account");
        String before = here.cookie("MASTHEAD_SESSION").getValue();

        HttpResponse<String> changed = here.post(
                "/admin/account/password",
                Map.of(
                        "currentPassword", SiteTestSupport.STAFF_PASSWORD,
                        "newPassword", "Quiet river at dawn 7",
                        "repeatPassword", "Quiet river at dawn 7"));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(here.cookie("MASTHEAD_SESSION").getValue()).isNotEqualTo(before);
        assertThat(here.get("/admin/account").statusCode()).isEqualTo(200);
        thenLoggedOut(elsewhere);
    }

    @Test
    default void logOutMyOtherSessionsEndsThemAndKeepsThisOne() {
        String login = ContentFixtures.unique("many-devices").toLowerCase();
        StaffSession here = loginFromOwnAddress(login, StaffRole.EDITOR);
        StaffSession phone = loginFromOwnAddress(login, StaffRole.EDITOR);
        Document account = here.page("/admin/account");
        assertThat(account.select("form[method=post][action=/admin/account/sessions] button[type=submit]"))
                .hasSize(1);

        HttpResponse<String> ended = here.post("/admin/account/sessions", Map.of());

        assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/admin/account?ended");
        assertThat(here.follow(ended).select("[role=status]").text()).isNotBlank();
        thenLoggedOut(phone);
        assertThat(database()
                        .sql("select count(*) from audit_entry where action = 'staff.sessions-ended' and subject = ?")
                        .param("staff:" + login)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    // item 4

    @Test
    default void afterThreeWrongPasswordsTheSameSourceIsToldToWaitSecondsBeforeThePasswordIsChecked() {
        String login = ContentFixtures.unique("slowed").toLowerCase();
        staffAccount(login, StaffRole.EDITOR);
        String address = freshAddress();
        for (int i = 0; i < 3; i++) {
            newStaffSession().from(address).login(login, "Wrong-Guess-Number-" + i);
        }

        StaffSession session = newStaffSession().from(address);
        HttpResponse<String> response = session.login(login, SiteTestSupport.STAFF_PASSWORD);

        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("error=throttled");
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2));
        assertThat(session.follow(response).select("[role=alert]").text()).contains("秒后再试");
        thenLoggedOut(session);
    }

    @Test
    default void anonymousGuessesNeverKeepTheOwnerOutOfAKnownAddressOrDeviceOrAnOpenSession() {
        String login = ContentFixtures.unique("target").toLowerCase();
        staffAccount(login, StaffRole.ADMIN);
        String office = freshAddress();
        StaffSession open = newStaffSession().from(office);
        assertThat(open.login(login, SiteTestSupport.STAFF_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/"));
        StaffSession laptop = newStaffSession().from(freshAddress());
        laptop.login(login, SiteTestSupport.STAFF_PASSWORD);

        for (int source = 0; source < 6; source++) {
            String attacker = freshAddress();
            for (int i = 0; i < 5; i++) {
                newStaffSession().from(attacker).login(login, "Guess-" + source + "-" + i + "-xyz");
            }
        }

        assertThat(open.get("/admin/account").statusCode()).isEqualTo(200);
        assertThat(newStaffSession()
                        .from(office)
                        .login(login, SiteTestSupport.STAFF_PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .as("from the office address it logged in from before")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/"));
        assertThat(laptop.from(freshAddress())
                        .login(login, SiteTestSupport.STAFF_PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .as("the laptop with its device cookie, at a new address")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/"));
        assertThat(newStaffSession()
                        .from(freshAddress())
                        .login(login, SiteTestSupport.STAFF_PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .as("an unknown browser at an unknown address is only slowed down")
                .hasValueSatisfying(location -> assertThat(location).contains("error=throttled"));
    }

    // item 5

    @Test
    default void fourHundredThrottledLoginsAddAHandfulOfAuditEntriesWhileRealFailuresAreEachRecorded() {
        String login = ContentFixtures.unique("flooded").toLowerCase();
        staffAccount(login, StaffRole.EDITOR);
        String address = freshAddress();
        StaffSession attacker = newStaffSession().from(address);
        attacker.page("/login");
        for (int i = 0; i < 3; i++) {
            attacker.post("/login", Map.of("username", login, "password", "Wrong-Password-" + i));
        }
        long before = countRows("audit_entry");

        int throttled = 0;
        for (int i = 0; i < 400; i++) {
            HttpResponse<String> response =
                    attacker.post("/login", Map.of("username", login, "password", "Flood-" + i));
            if (response.headers().firstValue("Location").orElse("").contains("throttled")) {
                throttled++;
            }
        }

        assertThat(throttled).isGreaterThan(350);
        assertThat(countRows("audit_entry") - before).isLessThanOrEqualTo(6);
        assertThat(database()
                        .sql("select count(*) from audit_entry where subject = ? and detail = 'bad-credentials'")
                        .param("staff:" + login)
                        .query(Long.class)
                        .single())
                .as("every checked password is recorded")
                .isEqualTo(3 + 400 - throttled);
    }

    // item 9

    @Test
    default void aResetPasswordMustBeChangedBeforeAnyOtherStaffPageOpens() {
        String login = ContentFixtures.unique("one-time").toLowerCase();
        StaffAccount account = staffAccount(login, StaffRole.EDITOR);
        String oneTime = accounts().resetPassword(account.id(), "test");
        StaffSession session = newStaffSession().from(freshAddress());

        HttpResponse<String> login1 = session.login(login, oneTime);

        assertThat(login1.headers().firstValue("Location").orElseThrow()).endsWith("/admin/account");
        for (String page : new String[] {"/admin/", "/admin/articles", "/admin/articles/new", "/admin/media"}) {
            HttpResponse<String> response = session.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(page)
                    .endsWith("/admin/account");
        }
        Document accountPage = session.page("/admin/account");
        assertThat(accountPage.select("[role=alert]").text()).isNotBlank();
        HttpResponse<String> changed = session.post(
                "/admin/account/password",
                Map.of(
                        "currentPassword", oneTime,
                        "newPassword", "Lamplight over the harbour",
                        "repeatPassword", "Lamplight over the harbour"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(session.get("/admin/articles").statusCode()).isEqualTo(200);
        assertThat(database()
                        .sql("select must_change_password from staff_account where login = ?")
                        .param(login)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    default void theGeneratedFirstAdminPasswordMustBeChangedAtTheFirstLogin() {
        assertThat(database()
                        .sql("select must_change_password from staff_account where login = 'admin'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    // item 11

    @Test
    default void aDisabledAccountGetsTheSameAnswerAsAnUnknownOneEvenWithTheRightPassword() {
        String login = ContentFixtures.unique("disabled").toLowerCase();
        deactivate(staffAccount(login, StaffRole.EDITOR));
        String address = freshAddress();

        HttpResponse<String> disabled = newStaffSession().from(address).login(login, SiteTestSupport.STAFF_PASSWORD);
        HttpResponse<String> unknown =
                newStaffSession().from(address).login("nobody-" + login, SiteTestSupport.STAFF_PASSWORD);

        assertThat(disabled.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(newStaffSession().follow(disabled).select("[role=alert]").text())
                .isNotBlank()
                .isEqualTo(
                        newStaffSession().follow(unknown).select("[role=alert]").text());
    }

    @Test
    default void passwordsAreHashedWithArgon2idAtOwaspParametersAndOlderHashesAreUpgradedAtLogin() {
        String login = ContentFixtures.unique("old-hash").toLowerCase();
        staffAccount(login, StaffRole.REPORTER);
        assertThat(passwordHash(login)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        database()
                .sql("update staff_account set password_hash = ? where login = ?")
                .param("{argon2}"
                        + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(SiteTestSupport.STAFF_PASSWORD))
                .param(login)
                .update();
        assertThat(passwordHash(login)).contains("m=16384");

        HttpResponse<String> response =
                newStaffSession().from(freshAddress()).login(login, SiteTestSupport.STAFF_PASSWORD);

        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/");
        assertThat(passwordHash(login)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    default void aPasswordChangeRefusesShortAndCommonPasswordsAtTheFieldAndSavesNothing() {
        String login = ContentFixtures.unique("policy").toLowerCase();
        StaffSession session = loginFromOwnAddress(login, StaffRole.REPORTER);
        session.page("/admin/account");
        String hash = passwordHash(login);

        for (String weak : new String[] {"Short-Pw-11", "Password1234"}) {
            HttpResponse<String> response = session.post(
                    "/admin/account/password",
                    Map.of(
                            "currentPassword", SiteTestSupport.STAFF_PASSWORD,
                            "newPassword", weak,
                            "repeatPassword", weak));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).select("#newPassword-error").text())
                    .as(weak)
                    .isNotBlank();
        }
        assertThat(passwordHash(login)).isEqualTo(hash);
    }

    private String passwordHash(String login) {
        return database()
                .sql("select password_hash from staff_account where login = ?")
                .param(login)
                .query(String.class)
                .single();
    }
}
