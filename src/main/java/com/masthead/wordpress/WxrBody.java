package com.masthead.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's content as WordPress stores it, made into HTML for the article's sanitizer: blank lines separate
 * paragraphs (WordPress's {@code wpautop}: a run of text becomes {@code <p>}, a single line break {@code <br>}),
 * blocks that already are markup stay as they are; and each picture's address is replaced with the media library's
 * (or the picture removed when it could not be brought). Pure functions.
 */
final class WxrBody {

    private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n\\s*\\n");
    private static final Pattern BLOCK_START = Pattern.compile(
            "(?is)^<(p|div|h[1-6]|ul|ol|li|blockquote|figure|table|thead|tbody|tr|pre|hr|!--|section|article|dl)\\b.*");
    private static final Pattern IMG = Pattern.compile("(?is)<img\\b[^>]*>");
    private static final Pattern SRC = Pattern.compile("(?is)\\bsrc\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern SRCSET = Pattern.compile("(?is)\\s(srcset|sizes)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    private WxrBody() {}

    // [caption id="attachment_5" align="alignnone" width="300"]<img ...> The caption[/caption], WordPress's own
    // markup for a picture with its caption (the classic editor writes it into the content)
    private static final Pattern CAPTION = Pattern.compile(
            "(?is)\\[caption\\b[^\\]]*\\]\\s*(<a\\b[^>]*>\\s*)?(<img\\b[^>]*>)\\s*(</a>)?(.*?)\\[/caption\\]");

    /** Paragraphs from blank lines, as WordPress shows them; captioned pictures as figures. */
    static String paragraphs(String content) {
        if (content == null || content.isBlank()) {
            return "";
        }
        String figures = CAPTION.matcher(content.strip())
                .replaceAll(m -> Matcher.quoteReplacement(
                        "<figure>" + m.group(2) + "<figcaption>" + m.group(4).strip() + "</figcaption></figure>"));
        StringBuilder html = new StringBuilder();
        for (String block : BLANK_LINES.split(figures)) {
            String text = block.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(text).matches()) {
                html.append(text).append('\n');
            } else {
                html.append("<p>").append(text.replaceAll("\\r?\\n", "<br>\n")).append("</p>\n");
            }
        }
        return html.toString();
    }

    /** Every picture's address in {@code html}, in order. */
    static List<String> pictureAddresses(String html) {
        List<String> found = new ArrayList<>();
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            Matcher src = SRC.matcher(img.group());
            if (src.find()) {
                found.add(unescape(src.group(2) != null ? src.group(2) : src.group(3)));
            }
        }
        return found;
    }

    /**
     * {@code html} with each picture's address replaced by {@code newAddress} (its old srcset and sizes dropped),
     * or the picture removed where {@code newAddress} answers null.
     */
    static String withPictures(String html, Function<String, String> newAddress) {
        Matcher img = IMG.matcher(html);
        StringBuilder out = new StringBuilder();
        while (img.find()) {
            String tag = img.group();
            Matcher src = SRC.matcher(tag);
            String replaced = "";
            if (src.find()) {
                String target = newAddress.apply(unescape(src.group(2) != null ? src.group(2) : src.group(3)));
                if (target != null) {
                    replaced = SRCSET.matcher(src.replaceFirst(Matcher.quoteReplacement("src=\"" + target + "\"")))
                            .replaceAll("");
                }
            }
            img.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        img.appendTail(out);
        return out.toString();
    }

    private static String unescape(String url) {
        return url.replace("&amp;", "&").strip();
    }
}
