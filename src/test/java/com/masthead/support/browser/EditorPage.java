package com.masthead.support.browser;

import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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

    /** Ctrl+S in the body: saves and stays in the editor. */
    public EditorPage saveWithTheKeyboard() {
        browser.pressThrough(bodyEditor(), Keys.chord(Keys.CONTROL, "s"));
        return new EditorPage(browser);
    }

    /** Ctrl+Enter in the body: saves and submits for review. */
    public ReviewPage submitWithTheKeyboard() {
        browser.pressThrough(bodyEditor(), Keys.chord(Keys.CONTROL, Keys.ENTER));
        return new ReviewPage(browser);
    }

    /**
     * Pastes {@code html} as a clipboard's {@code text/html} (and its text as {@code text/plain}) at the end of the
     * body, the way a browser delivers a paste from Word: a {@code paste} event carrying a {@code DataTransfer}.
     */
    public EditorPage pasteHtml(String html) {
        bodyEditor().click();
        browser.script(
                "var editor = arguments[0], data = new DataTransfer();"
                        + " var range = document.createRange(); range.selectNodeContents(editor); range.collapse(false);"
                        + " var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                        + " data.setData('text/html', arguments[1]);"
                        + " data.setData('text/plain', new DOMParser().parseFromString(arguments[1], 'text/html').body.textContent);"
                        + " editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));",
                bodyEditor(),
                html);
        return this;
    }

    /**
     * Drops a file at the end of the body the way a browser delivers a drag from the desktop: {@code dragover} and
     * {@code drop} events carrying a {@code DataTransfer} that holds the file.
     */
    public EditorPage dropFile(byte[] bytes, String name, String type) {
        return drop(FILE_FROM_BASE64, Base64.getEncoder().encodeToString(bytes), name, type);
    }

    /** Drops a file of {@code size} zero bytes, made in the page (too large to send through the driver). */
    public EditorPage dropZeroedFile(long size, String name, String type) {
        return drop(
                "var file = new File([new Uint8Array(arguments[1])], arguments[2], {type: arguments[3]});",
                size,
                name,
                type);
    }

    private EditorPage drop(String makeFile, Object content, String name, String type) {
        browser.script(
                makeFile
                        + " var editor = arguments[0], data = new DataTransfer(); data.items.add(file);"
                        + " var box = editor.getBoundingClientRect();"
                        + " var at = {dataTransfer: data, bubbles: true, cancelable: true,"
                        + "   clientX: box.left + box.width / 2, clientY: box.bottom - 4};"
                        + " editor.dispatchEvent(new DragEvent('dragover', at));"
                        + " editor.dispatchEvent(new DragEvent('drop', at));",
                bodyEditor(),
                content,
                name,
                type);
        return this;
    }

    /** Pastes a picture (a clipboard holding an image file and no HTML) at the end of the body. */
    public EditorPage pastePicture(byte[] bytes, String type) {
        bodyEditor().click();
        browser.script(
                FILE_FROM_BASE64
                        + " var editor = arguments[0], data = new DataTransfer(); data.items.add(file);"
                        + " var range = document.createRange(); range.selectNodeContents(editor); range.collapse(false);"
                        + " var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                        + " editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));",
                bodyEditor(),
                Base64.getEncoder().encodeToString(bytes),
                "image.png",
                type);
        return this;
    }

    // arguments[1]: the bytes in base64, [2]: the file name, [3]: its type
    private static final String FILE_FROM_BASE64 = "var raw = atob(arguments[1]), bytes = new Uint8Array(raw.length);"
            + " for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }"
            + " var file = new File([bytes], arguments[2], {type: arguments[3]});";

    /**
     * Fills the caption and credit the editor asks for after a picture was dropped or pasted, and inserts it;
     * returns once the figure is in the body.
     */
    public EditorPage describePicture(String caption, String credit) {
        WebElement panel = picturePanel();
        fill(browser.field(panel, browser.text("newsroom.editor.figure.caption")), caption);
        fill(browser.field(panel, browser.text("newsroom.editor.figure.credit")), credit);
        int before = figures();
        browser.button(panel, browser.text("newsroom.editor.figure.insert")).click();
        browser.await(d -> figures() > before);
        return this;
    }

    /** Asks for the picture to be inserted and returns the error the editor shows instead. */
    public String insertPictureRefused() {
        WebElement panel = picturePanel();
        browser.button(panel, browser.text("newsroom.editor.figure.insert")).click();
        return pictureProblem();
    }

    /** The error shown for a picture that cannot go into the body (too large, not a picture). */
    public String pictureProblem() {
        return browser.await(d -> {
            String text = d.findElement(By.id("figure-problem")).getText().strip();
            return text.isEmpty() ? null : text;
        });
    }

    private WebElement picturePanel() {
        return browser.visible(By.xpath("//*[@role='group' and @aria-label="
                + Browser.literal(browser.text("newsroom.editor.figure.title")) + "]"));
    }

    private int figures() {
        return bodyEditor().findElements(By.tagName("figure")).size();
    }

    private static void fill(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    public EditorPage responsibleEditor(String name) {
        fill(browser.field(form(), browser.text("article.field.responsible-editor")), name);
        return this;
    }

    /** The live word count (字数) shown under the body. */
    public int wordCount() {
        return Integer.parseInt(browser.visible(By.id("word-count")).getText().strip());
    }

    /** Whether leaving the page now would ask first (the page's beforeunload handler cancels the unload). */
    public boolean leavingWouldAsk() {
        return (Boolean) browser.script("var event = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(event); return event.defaultPrevented;");
    }

    /** The body editor's and the side panel's boxes: {left, top, right, bottom} in CSS pixels. */
    public List<Long> bodyBox() {
        return box(bodyEditor());
    }

    public List<Long> sidePanelBox() {
        return box(browser.visible(
                By.xpath("//aside[@aria-label=" + Browser.literal(browser.text("newsroom.editor.metadata")) + "]")));
    }

    /** Opens the side panel's collapsible section titled {@code title}. */
    public EditorPage openSection(String title) {
        WebElement summary = browser.visible(By.xpath(
                "//form[@id='article-editor']//details/summary[normalize-space(.)=" + Browser.literal(title) + "]"));
        if (summary.findElement(By.xpath("..")).getDomAttribute("open") == null) {
            summary.click();
        }
        return this;
    }

    /**
     * The controls of the byline rows that stick out of the side panel or overlap another control of their row, as
     * {@code id}; empty when every row fits.
     */
    @SuppressWarnings("unchecked")
    public List<String> bylineControlsOutOfPlace() {
        return (List<String>) browser.script(
                "var panel = arguments[0].getBoundingClientRect(), out = [];"
                        + " document.querySelectorAll('#article-editor details .bo-row').forEach(function (row) {"
                        + "   var boxes = Array.prototype.map.call(row.querySelectorAll('input, select'), function (c) {"
                        + "     return {id: c.id, r: c.getBoundingClientRect()}; });"
                        + "   boxes.forEach(function (a, i) {"
                        + "     if (a.r.left < panel.left - 0.5 || a.r.right > panel.right + 0.5) { out.push(a.id); }"
                        + "     boxes.slice(i + 1).forEach(function (b) {"
                        + "       if (a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5 && a.r.top < b.r.bottom - 0.5"
                        + "           && b.r.top < a.r.bottom - 0.5) { out.push(a.id + '/' + b.id); } }); }); });"
                        + " return out;",
                browser.visible(By.xpath(
                        "//aside[@aria-label=" + Browser.literal(browser.text("newsroom.editor.metadata")) + "]")));
    }

    /** The titles of the collapsible sections of the side panel that are closed. */
    public List<String> closedSections() {
        return browser.driver().findElements(By.cssSelector("#article-editor details:not([open]) > summary")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Long> box(WebElement element) {
        return ((List<Number>) browser.script(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " return [r.left, r.top, r.right, r.bottom].map(Math.round);",
                        element))
                .stream().map(Number::longValue).toList();
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
