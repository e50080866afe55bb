package com.masthead.article;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Cleans article bodies by an allow-list (OWASP Java HTML Sanitizer), so that what is stored is always safe to
 * render as is: paragraphs, subheads, emphasis, lists, quotes, tables, links (http, https, mailto and
 * site-relative; external ones get {@code rel="noopener noreferrer nofollow"}) and figures whose images come
 * from our media store or https. Everything else, scripts and event handlers above all, is dropped.
 */
@Component
public class ArticleBodySanitizer {

    private static final Pattern MEDIA_OR_HTTPS =
            Pattern.compile("(/media/[0-9a-f]{64}-[a-z]\\.[a-z]{3,4}|https://\\S+)");
    private static final Pattern SITE_OR_WEB_LINK =
            Pattern.compile("(/[^/\\\\\\s][^\\s\\\\]*|/|https?://[^\\s\\\\]+|mailto:\\S+)");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup")
            .allowElements("blockquote", "ul", "ol", "li", "hr", "figure", "figcaption")
            .allowElements("table", "caption", "thead", "tbody", "tr", "th", "td")
            .allowElements(ArticleBodySanitizer::relForExternalLinks, "a")
            .allowElements("img", "span")
            .allowAttributes("href")
            .matching(SITE_OR_WEB_LINK)
            .onElements("a")
            .allowAttributes("title")
            .onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("src")
            .matching(MEDIA_OR_HTTPS)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(Pattern.compile("\\d{1,4}"))
            .onElements("img")
            .allowAttributes("class")
            .matching(Pattern.compile("credit"))
            .onElements("span")
            .allowAttributes("colspan", "rowspan")
            .matching(Pattern.compile("\\d{1,2}"))
            .onElements("td", "th")
            .toFactory();

    // Outgoing links should not pass ranking or the opener; our own cross-references must stay followable.
    private static String relForExternalLinks(String element, List<String> attributes) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if ("href".equals(attributes.get(i)) && attributes.get(i + 1).matches("(?i)https?:.*")) {
                attributes.add("rel");
                attributes.add("noopener noreferrer nofollow");
                break;
            }
        }
        return element;
    }

    public String clean(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
