package com.masthead.site.web;

import com.masthead.settings.SiteSettings;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Renders a reader page's precompiled jte template from plain model records with the application's real message
 * bundles, inside the site frame of a test site: no Spring, no database.
 */
public final class SitePageRendering {

    private static final ResourceBundleMessageSource MESSAGES = applicationMessages();
    private static final SiteSettings SETTINGS = new SiteSettings(
            "测试网", "", "http://localhost", ZoneId.of("Asia/Shanghai"), "{site}", "{outlet}", List.of(), "", 0);

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The page {@code template} renders for {@code page} at {@code path}, parsed. */
    public Document render(String template, Locale locale, String title, String path, Object page) {
        LayoutModel layout = new LayoutModel(
                SETTINGS,
                List.of(),
                new Text(MESSAGES, locale),
                title,
                null,
                "http://localhost" + path,
                "/assets/site.css",
                "/assets/logo.svg",
                path,
                "2026");
        StringOutput out = new StringOutput();
        templates.render(template, Map.of("layout", layout, "page", page), out);
        return Jsoup.parse(out.toString());
    }

    // the same bundles as the application (the page frame uses keys of several)
    private static ResourceBundleMessageSource applicationMessages() {
        Properties application = new Properties();
        try (InputStream in = SitePageRendering.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(
                application.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
