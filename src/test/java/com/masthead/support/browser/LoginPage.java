package com.masthead.support.browser;

import org.openqa.selenium.WebElement;

/** {@code /login}: the staff login form. */
public final class LoginPage {

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
        browser.await(d -> browser.path().startsWith("/login"));
        username();
    }

    public static LoginPage open(Browser browser) {
        browser.open("/login");
        return new LoginPage(browser);
    }

    /** Logs in and lands on the dashboard. */
    public DashboardPage logIn(String login, String password) {
        fillIn(login, password);
        browser.submit(submitButton());
        return new DashboardPage(browser);
    }

    /** Logs in after being sent to the login page from {@code path}, and lands back there. */
    public void logInAndReturn(String login, String password) {
        fillIn(login, password);
        browser.submit(submitButton());
    }

    private void fillIn(String login, String password) {
        username().clear();
        username().sendKeys(login);
        password().clear();
        password().sendKeys(password);
    }

    public WebElement username() {
        return browser.field(browser.text("backoffice.login.username"));
    }

    public WebElement password() {
        return browser.field(browser.text("backoffice.login.password"));
    }

    public WebElement submitButton() {
        return browser.button(browser.text("backoffice.login.submit"));
    }
}
