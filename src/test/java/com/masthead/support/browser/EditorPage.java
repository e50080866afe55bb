package com.masthead.support.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/articles/new} and {@code /admin/articles/{id}/edit}: the article editor with its rich-text body. */
public final class EditorPage extends StaffScreen {

    private static final Pattern ID = Pattern.compile("/admin/articles/(\\d+)");

    EditorPage(Browser browser) {
        super(browser);
        // The rich-text body appears (and the plain textarea hides) once admin.js has run.
        browser.await(d -> bodyEditor().isDisplayed());
        browser.keyScreen("editor");
    }

    public static EditorPage openNew(Browser browser) {
        browser.open("/admin/articles/new");
        return new EditorPage(browser);
    }

    public static EditorPage open(Browser browser, long articleId) {
        browser.open("/admin/articles/" + articleId + "/edit");
        return new EditorPage(browser);
    }

    /** The article's id, once it has been saved. */
    public long articleId() {
        Matcher matcher = ID.matcher(browser.path());
        if (!matcher.find()) {
            throw new IllegalStateException("not a saved article: " + browser.path());
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Picks the channel whose name (without the tree indentation) is {@code name}. */
    public EditorPage channel(String name) {
        Select select = new Select(browser.field(form(), browser.text("article.field.channel")));
        WebElement option = select.getOptions().stream()
                .filter(o -> o.getText().strip().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no channel option " + name));
        select.selectByValue(option.getDomAttribute("value"));
        return this;
    }

    public EditorPage title(String title) {
        WebElement field = titleField();
        field.clear();
        field.sendKeys(title);
        return this;
    }

    public String title() {
        return titleField().getDomProperty("value");
    }

    /** Types at the end of the rich-text body. */
    public EditorPage typeInBody(String text) {
        bodyEditor().sendKeys(text);
        return this;
    }

    /** Types at the end of the body in bold, using the toolbar's bold button on and off. */
    public EditorPage typeInBodyInBold(String text) {
        toolbarButton("newsroom.editor.bold").click();
        bodyEditor().sendKeys(text);
        toolbarButton("newsroom.editor.bold").click();
        return this;
    }

    /** What the rich-text editor will post as the body (admin.js keeps the hidden field in step). */
    public String bodyHtml() {
        return browser.driver().findElement(By.name("body")).getDomProperty("value");
    }

    /** Picks a lead picture from the library select; returns the chosen option's label. */
    public String leadPicture(String labelContaining) {
        Select select = new Select(browser.field(form(), browser.text("newsroom.editor.image-choice")));
        WebElement option = select.getOptions().stream()
                .filter(o -> !o.getDomAttribute("value").isEmpty())
                .filter(o -> o.getText().contains(labelContaining))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no picture option containing " + labelContaining));
        select.selectByValue(option.getDomAttribute("value"));
        return option.getText();
    }

    /** The labels of the pictures offered as lead picture. */
    public List<String> pictureChoices() {
        return new Select(browser.field(form(), browser.text("newsroom.editor.image-choice")))
                .getOptions().stream()
                        .filter(o -> !o.getDomAttribute("value").isEmpty())
                        .map(WebElement::getText)
                        .toList();
    }

    public EditorPage caption(String caption) {
        WebElement field = browser.field(form(), browser.text("newsroom.editor.caption"));
        field.clear();
        field.sendKeys(caption);
        return this;
    }

    /** Saves and stays in the editor (now at the article's own address). */
    public EditorPage save() {
        browser.submit(saveButton());
        return new EditorPage(browser);
    }

    /** Saves on a version someone else has already replaced, which shows the conflict screen. */
    public ConflictPage saveIntoConflict() {
        browser.submit(saveButton());
        return new ConflictPage(browser);
    }

    /** "Save and submit for review": lands on the review screen. */
    public ReviewPage saveAndSubmit() {
        browser.submit(browser.button(form(), browser.text("newsroom.editor.save-submit")));
        return new ReviewPage(browser);
    }

    public WebElement saveButton() {
        return browser.button(form(), browser.text("newsroom.editor.save"));
    }

    public WebElement bodyEditor() {
        return browser.driver().findElement(By.cssSelector("[contenteditable=true][role=textbox]"));
    }

    private WebElement titleField() {
        return browser.field(form(), browser.text("article.field.title"));
    }

    private WebElement toolbarButton(String key) {
        WebElement toolbar = browser.visible(By.xpath("//*[@role='toolbar' and @aria-label="
                + Browser.literal(browser.text("newsroom.editor.toolbar")) + "]"));
        return browser.button(toolbar, browser.text(key));
    }

    private WebElement form() {
        return browser.visible(By.id("article-editor"));
    }
}
