package com.masthead.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The forms readers fill in on the public site, and the pages that confirm them. */
public final class ReaderForms {

    private ReaderForms() {}

    /** The comment form under an article. */
    public static final class CommentForm {

        private final Browser browser;

        CommentForm(Browser browser) {
            this.browser = browser;
            form();
        }

        public CommentForm nickname(String nickname) {
            type("comments.form.nickname", nickname);
            return this;
        }

        public CommentForm text(String text) {
            type("comments.form.text", text);
            return this;
        }

        /** Sends the comment; lands on the page that says what happens next. */
        public ConfirmationPage submit() {
            browser.submit(browser.button(form(), browser.text("comments.form.submit")));
            return new ConfirmationPage(browser);
        }

        private void type(String labelKey, String value) {
            WebElement field = browser.field(form(), browser.text(labelKey));
            field.clear();
            field.sendKeys(value);
        }

        private WebElement form() {
            return browser.visible(By.xpath("//form[.//button[normalize-space(.)="
                    + Browser.literal(browser.text("comments.form.submit")) + "]]"));
        }
    }

    /** {@code /corrections/new}: a reader asks for a correction of an article. */
    public static final class CorrectionRequestPage extends TicketForm<CorrectionRequestPage> {

        CorrectionRequestPage(Browser browser) {
            super(browser, "site.corrections.form.title", "site.corrections.form.submit");
        }

        public CorrectionRequestPage name(String value) {
            return type("site.tickets.field.name", value);
        }

        public CorrectionRequestPage organization(String value) {
            return type("site.tickets.field.organization", value);
        }

        /** The article's address as the form holds it (filled in when the reader came from the article). */
        public String article() {
            return field("site.corrections.field.article").getDomProperty("value");
        }

        public CorrectionRequestPage problem(String value) {
            return type("site.corrections.field.problem", value);
        }

        public CorrectionRequestPage requestedChange(String value) {
            return type("site.corrections.field.requested-change", value);
        }
    }

    /** {@code /reprints/new}: an outlet asks for a licence to reprint articles. */
    public static final class ReprintRequestPage extends TicketForm<ReprintRequestPage> {

        ReprintRequestPage(Browser browser) {
            super(browser, "site.reprints.form.title", "site.reprints.form.submit");
        }

        public ReprintRequestPage outlet(String value) {
            return type("site.reprints.field.outlet", value);
        }

        public ReprintRequestPage contactName(String value) {
            return type("site.reprints.field.contact-name", value);
        }

        /** The articles as the form holds them (filled in when the reader came from an article). */
        public String articles() {
            return field("site.reprints.field.articles").getDomProperty("value");
        }

        /** Chooses the first medium the form offers; returns its label. */
        public String anyMedium() {
            Select select = new Select(field("site.reprints.field.medium"));
            WebElement option = select.getOptions().stream()
                    .filter(o -> !o.getDomAttribute("value").isEmpty())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the reprint form offers no medium"));
            select.selectByValue(option.getDomAttribute("value"));
            return option.getText();
        }

        public ReprintRequestPage intendedUse(String value) {
            return type("site.reprints.field.intended-use", value);
        }
    }

    /** What the correction and reprint forms share: contact fields, a submit button, a confirmation page. */
    abstract static class TicketForm<SELF extends TicketForm<SELF>> {

        protected final Browser browser;
        private final String submitKey;

        TicketForm(Browser browser, String titleKey, String submitKey) {
            this.browser = browser;
            this.submitKey = submitKey;
            browser.visible(By.xpath("//h1[normalize-space(.)=" + Browser.literal(browser.text(titleKey)) + "]"));
            browser.keyScreen("reader-form");
        }

        public SELF phone(String value) {
            return type("site.tickets.field.phone", value);
        }

        public SELF email(String value) {
            return type("site.tickets.field.email", value);
        }

        public ConfirmationPage submit() {
            browser.submit(browser.button(form(), browser.text(submitKey)));
            return new ConfirmationPage(browser);
        }

        @SuppressWarnings("unchecked")
        protected SELF type(String labelKey, String value) {
            WebElement field = field(labelKey);
            field.clear();
            field.sendKeys(value);
            return (SELF) this;
        }

        protected WebElement field(String labelKey) {
            return browser.field(form(), browser.text(labelKey));
        }

        private WebElement form() {
            return browser.visible(By.cssSelector("main form[method=post]"));
        }
    }

    /** The page a reader sees after sending a form: a heading, what happens next, a ticket number if any. */
    public static final class ConfirmationPage {

        private final Browser browser;

        ConfirmationPage(Browser browser) {
            this.browser = browser;
            browser.visible(By.cssSelector("main h1"));
            browser.keyScreen("confirmation");
        }

        public String heading() {
            return browser.visible(By.cssSelector("main h1")).getText();
        }

        public String text() {
            return browser.visible(By.tagName("main")).getText();
        }

        /** The ticket number in bold, e.g. JC-20261126-0007. */
        public String ticketNumber() {
            List<WebElement> numbers = browser.driver().findElements(By.cssSelector("main p strong"));
            return numbers.isEmpty() ? null : numbers.get(0).getText();
        }
    }
}
