package com.masthead.support.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /admin/media}: the picture library with its upload form. */
public final class MediaLibraryPage extends StaffScreen {

    MediaLibraryPage(Browser browser) {
        super(browser);
        uploadSection();
        browser.keyScreen("media-library");
    }

    public static MediaLibraryPage open(Browser browser) {
        browser.open("/admin/media");
        return new MediaLibraryPage(browser);
    }

    /** Uploads a picture with its alternative text, caption and credit; lands on the picture's own page. */
    public MediaImagePage upload(Path file, String alt, String caption, String credit) {
        WebElement form = uploadSection().findElement(By.tagName("form"));
        browser.field(form, browser.text("structure.media.file"))
                .sendKeys(file.toAbsolutePath().toString());
        type(form, "structure.media.alt", alt);
        type(form, "structure.media.caption", caption);
        type(form, "structure.media.credit", credit);
        browser.submit(browser.button(form, browser.text("structure.media.upload-submit")));
        return new MediaImagePage(browser);
    }

    private void type(WebElement form, String labelKey, String value) {
        WebElement field = browser.field(form, browser.text(labelKey));
        field.clear();
        field.sendKeys(value);
    }

    private WebElement uploadSection() {
        return browser.section(browser.text("structure.media.upload"));
    }

    /** One picture of the library: its facts, text and where it is used. */
    public static final class MediaImagePage extends StaffScreen {

        MediaImagePage(Browser browser) {
            super(browser);
            browser.await(d -> browser.path().matches("/admin/media/\\d+(\\?.*)?"));
            browser.link(browser.driver(), browser.text("structure.media.back"));
            browser.keyScreen("media-image");
        }

        public long imageId() {
            return Long.parseLong(browser.path().replaceAll("^/admin/media/(\\d+).*$", "$1"));
        }

        public String alt() {
            return browser.field(browser.text("structure.media.alt")).getDomProperty("value");
        }
    }
}
