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
 * from our media store or https. The editor's body pictures keep their {@code srcset} (the media library's
 * variants, {@code /media/<hash>-<t|c|a>.<jpg|png> <width>w}) and {@code sizes} (the article column); any other
 * {@code srcset} or {@code sizes} goes. Everything else, scripts and event handlers above all, is dropped.
 */
@Component
public class ArticleBodySanitizer {

    private static final Pattern MEDIA_OR_HTTPS =
            Pattern.compile("(/media/[0-9a-f]{64}-[a-z]\\.[a-z]{3,4}|https://\\S+)");
    // The editor's body pictures: the media library's variants with their widths, for the article column.
    private static final String VARIANT = "/media/[0-9a-f]{64}-[tca]\\.(?:jpg|png) [0-9]{1,4}w";
    private static final Pattern VARIANT_SRCSET = Pattern.compile(VARIANT + "(?: , " + VARIANT + "){0,3}");
    private static final Pattern COLUMN_SIZES = Pattern.compile("\\(max-width: [0-9]{1,4}px\\) 100vw, [0-9]{1,4}px");
    private static final Pattern SITE_OR_WEB_LINK =
            Pattern.compile("(/[^/\\\\\\s][^\\s\\\\]*|/|https?://[^\\s\\\\]+|mailto:\\S+)");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup")
            .allowElements("blockquote", "ul", "ol", "li", "hr", "figure", "figcaption")
            .allowElements("table", "caption", "thead", "tbody", "tr", "th", "td")
            .allowElements(ArticleBodySanitizer::relForExternalLinks, "a")
            // Word and web pages title with h1 (the page's own title) and go down to h6: keep them as subheads.
            .allowElements((element, attributes) -> "h2", "h1")
            .allowElements((element, attributes) -> "h4", "h5", "h6")
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
            .allowAttributes("srcset")
            .matching(VARIANT_SRCSET)
            .onElements("img")
            .allowAttributes("sizes")
            .matching(COLUMN_SIZES)
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

    /**
     * The body through the allow-list, in plain UTF-8: the sanitizer writes full-width punctuation ({@code ，：（）}),
     * {@code = + @ `'}, and characters outside the BMP as numeric character references (a defence for browsers that
     * folded full-width forms into ASCII, long gone); those are turned back into the characters themselves, so a
     * body reads back as it was sent. {@code & < > "} and control characters stay escaped.
     */
    public String clean(String html) {
        return html == null ? "" : withoutEmptyParagraphs(plainCharacters(tidySrcsets(POLICY.sanitize(html))));
    }

    // The sanitizer writes srcset candidates apart as "a 240w , b 480w"; store them as written, "a 240w, b 480w".
    private static final Pattern SRCSET = Pattern.compile(" srcset=\"([^\"]*)\"");

    private static String tidySrcsets(String html) {
        if (!html.contains(" srcset=\"")) {
            return html;
        }
        return SRCSET.matcher(html)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        " srcset=\"" + m.group(1).replace(" , ", ", ") + "\""));
    }

    // Pasted copy brings empty paragraphs (Word's <p><o:p>&nbsp;</o:p></p> spacers, blank lines of web pages); the
    // gaps between paragraphs are the stylesheet's business, so a paragraph with nothing but white space goes.
    private static final Pattern EMPTY_PARAGRAPH =
            Pattern.compile("<p>(?:[\\s\u00a0\u3000\u200b\ufeff]|<br />)*</p>\\s*");

    // Only markup white space around the body goes: a body may well start with ideographic spaces (U+3000).
    private static final Pattern OUTER_LINE_BREAKS = Pattern.compile("^[ \\t\\r\\n]+|[ \\t\\r\\n]+$");

    private static String withoutEmptyParagraphs(String html) {
        String kept =
                html.indexOf("<p>") < 0 ? html : EMPTY_PARAGRAPH.matcher(html).replaceAll("");
        return OUTER_LINE_BREAKS.matcher(kept).replaceAll("");
    }

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    static String plainCharacters(String html) {
        if (html.indexOf("&#") < 0) {
            return html;
        }
        return NUMERIC_REFERENCE.matcher(html).replaceAll(m -> {
            int c = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            return keptEscaped(c)
                    ? java.util.regex.Matcher.quoteReplacement(m.group())
                    : java.util.regex.Matcher.quoteReplacement(Character.toString(c));
        });
    }

    // Markup characters must stay references (attribute values are double-quoted); control characters, surrogates
    // and non-characters are not text.
    private static boolean keptEscaped(int c) {
        return c == '&'
                || c == '<'
                || c == '>'
                || c == '"'
                || !Character.isValidCodePoint(c)
                || Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE
                || (c & 0xfffe) == 0xfffe
                || (c >= 0xfdd0 && c <= 0xfdef);
    }

    /**
     * Whether a cleaned body shows a reader nothing: no picture and no character but white space (the no-break
     * and ideographic spaces and zero-width marks count as white space, as do their character references).
     */
    static boolean showsNothing(String cleanHtml) {
        if (cleanHtml == null) {
            return true;
        }
        if (cleanHtml.contains("<img")) {
            return false;
        }
        String text = ENTITY.matcher(TAG.matcher(cleanHtml).replaceAll(" ")).replaceAll(ArticleBodySanitizer::entity);
        return text.codePoints().allMatch(ArticleBodySanitizer::invisible);
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    // the character a reference stands for, or "x" (something visible) for a named one other than nbsp
    private static String entity(java.util.regex.MatchResult m) {
        String name = m.group(1);
        if (name.equals("nbsp")) {
            return " ";
        }
        if (!name.startsWith("#")) {
            return "x";
        }
        int c = name.startsWith("#x") || name.startsWith("#X")
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(c) ? java.util.regex.Matcher.quoteReplacement(Character.toString(c)) : "x";
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.CONTROL;
    }
}
