package com.masthead.support.browser;

import org.openqa.selenium.By;

/** What every staff screen has: the header with navigation, the user's name and the logout button. */
abstract class StaffScreen {

    protected final Browser browser;

    StaffScreen(Browser browser) {
        this.browser = browser;
    }

    /** The real name in the header, which links to the account page. */
    public String userName() {
        return browser.visible(By.cssSelector(".bo-user a[href='/admin/account']"))
                .getText();
    }

    /** The alerts and notices the page shows ({@code role=alert} and {@code role=status}). */
    public String messages() {
        return browser.messages();
    }

    public LoginPage logOut() {
        browser.submit(browser.button(browser.text("backoffice.logout")));
        return new LoginPage(browser);
    }

    public EditorPage writeNewArticle() {
        browser.follow(browser.link(navigation(), browser.text("newsroom.nav.new-article")));
        return new EditorPage(browser);
    }

    public DashboardPage goToDashboard() {
        browser.follow(browser.link(navigation(), browser.text("newsroom.nav.dashboard")));
        return new DashboardPage(browser);
    }

    public StaffSearchPage goToStaffSearch() {
        browser.follow(browser.link(navigation(), browser.text("search.nav.search")));
        return new StaffSearchPage(browser);
    }

    public MediaLibraryPage goToMediaLibrary() {
        browser.follow(browser.link(navigation(), browser.text("structure.nav.media")));
        return new MediaLibraryPage(browser);
    }

    public StaffQueues.CommentQueuePage goToCommentModeration() {
        browser.follow(browser.link(navigation(), browser.text("comments.admin.nav")));
        return new StaffQueues.CommentQueuePage(browser);
    }

    public StaffQueues.TicketQueuePage goToCorrectionRequests() {
        browser.follow(browser.link(navigation(), browser.text("tickets.admin.nav.corrections")));
        return new StaffQueues.TicketQueuePage(browser, "/admin/corrections");
    }

    public StaffQueues.TicketQueuePage goToReprintRequests() {
        browser.follow(browser.link(navigation(), browser.text("tickets.admin.nav.reprints")));
        return new StaffQueues.TicketQueuePage(browser, "/admin/reprints");
    }

    private org.openqa.selenium.WebElement navigation() {
        return browser.visible(
                By.xpath("//nav[@aria-label=" + Browser.literal(browser.text("backoffice.navigation")) + "]"));
    }
}
