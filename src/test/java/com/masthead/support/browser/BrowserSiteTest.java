package com.masthead.support.browser;

import com.masthead.staff.NewStaffAccount;
import com.masthead.staff.StaffRole;
import com.masthead.support.SqliteSiteTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests: the whole application on SQLite (the one context all full-stack SQLite tests share)
 * driven through real headless Chromium. {@link #browser} is the class's first browser, clean of cookies at the
 * start of every test; {@link #secondBrowser()} opens another for a second person.
 */
@ExtendWith(BrowserExtension.class)
public abstract class BrowserSiteTest extends SqliteSiteTest {

    protected Browser browser;

    private BrowserExtension.Browsers browsers;

    @BeforeEach
    void attachBrowsers(BrowserExtension.Browsers browsers) {
        this.browsers = browsers;
        this.browser = browsers.first();
    }

    protected Browser secondBrowser() {
        return browsers.second();
    }

    /** A staff account with a real name (printed as 责任编辑) and {@link #STAFF_PASSWORD}; returns its login. */
    protected String person(String login, String realName, StaffRole... roles) {
        return account(login, realName, Set.of(), roles);
    }

    /**
     * A staff account limited to one channel (a desk): its review queue holds that channel's articles only, so
     * articles other tests leave in review never push a test's article off the dashboard.
     */
    protected String personOnDesk(String login, String realName, long channelId, StaffRole... roles) {
        return account(login, realName, Set.of(channelId), roles);
    }

    private String account(String login, String realName, Set<Long> channels, StaffRole... roles) {
        staffAccounts
                .findByLogin(login)
                .orElseGet(() -> staffAccounts.create(
                        new NewStaffAccount(
                                login, realName, login + "@example.test", Set.of(roles), channels, STAFF_PASSWORD),
                        "test"));
        return login;
    }

    /** Logs {@code login} in through the login form of {@code browser}. */
    protected DashboardPage logIn(Browser browser, String login) {
        return LoginPage.open(browser).logIn(login, STAFF_PASSWORD);
    }

    /** A UI text from the application's message bundles (Chinese). */
    protected String text(String key, Object... arguments) {
        return browser.text(key, arguments);
    }
}
