package com.masthead.site.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.settings.SiteSettings;
import com.masthead.site.web.LayoutModel;
import com.masthead.site.web.Text;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The search page's hit count as readers see it, rendered from the precompiled template with the real message
 * bundles: an exact number, or "more than" when the index stopped counting.
 */
class SearchPageTemplateTests {

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    @Test
    void anExactTotalIsStatedAsIs() throws IOException {
        assertThat(countText(Locale.SIMPLIFIED_CHINESE, 37, true)).isEqualTo("共找到 37 条结果");
        assertThat(countText(Locale.ENGLISH, 37, true)).isEqualTo("37 results");
    }

    @Test
    void aTotalTheIndexStoppedCountingAtIsALowerBound() throws IOException {
        assertThat(countText(Locale.SIMPLIFIED_CHINESE, 500, false)).isEqualTo("找到超过 500 条结果");
        assertThat(countText(Locale.ENGLISH, 500, false)).isEqualTo("More than 500 results");
    }

    private String countText(Locale locale, long total, boolean exact) throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        // the same bundles as the application (the page frame uses keys of several)
        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        messages.setBasenames(
                application.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SiteSettings settings = new SiteSettings(
                "测试网", "", "http://localhost", ZoneId.of("Asia/Shanghai"), "{site}", "{outlet}", List.of(), "", 0);
        LayoutModel layout = new LayoutModel(
                settings,
                List.of(),
                new Text(messages, locale),
                "search",
                null,
                "http://localhost/search",
                "/assets/site.css",
                "/assets/logo.svg",
                "/search?q=x",
                "2026");
        SearchPageModel.Result result =
                new SearchPageModel.Result("/news/2026/01/02/1.html", List.of(), "要闻", "2026-01-02 08:00", List.of());
        SearchPageModel page = new SearchPageModel(
                "x",
                null,
                "",
                "",
                "",
                false,
                null,
                List.of(),
                List.of(result),
                total,
                exact,
                1,
                50,
                null,
                null,
                List.of(),
                List.of(),
                List.of());
        StringOutput out = new StringOutput();
        templates.render("site/search.jte", Map.of("layout", layout, "page", page), out);
        return Jsoup.parse(out.toString()).selectFirst(".search-count").text();
    }
}
