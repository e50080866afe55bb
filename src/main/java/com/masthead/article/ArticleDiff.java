package com.masthead.article;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A readable difference between two versions of an article: the fields that changed (old and new value), and the
 * body compared paragraph by paragraph with changed characters marked (Chinese has no spaces, so a word-level
 * diff would mark whole sentences). The marked text is HTML-escaped here and safe to insert into a page.
 */
public record ArticleDiff(List<FieldChange> fields, List<BodyRow> body) {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h[1-6]|li|blockquote|figcaption)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final char DEL_ON = '\u0001';
    private static final char DEL_OFF = '\u0002';
    private static final char INS_ON = '\u0003';
    private static final char INS_OFF = '\u0004';

    /** A changed field: its message key and the values as text. */
    public record FieldChange(String labelKey, String before, String after) {}

    /** One paragraph row: old and new HTML (escaped, with {@code <del>} and {@code <ins>}), and whether it changed. */
    public record BodyRow(String beforeHtml, String afterHtml, boolean changed) {}

    public boolean isEmpty() {
        return fields.isEmpty() && body.stream().noneMatch(BodyRow::changed);
    }

    public static ArticleDiff between(ArticleContent before, ArticleContent after) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "article.field.channel", before, after, c -> String.valueOf(c.channelId()));
        field(fields, "article.field.kicker", before, after, ArticleContent::kicker);
        field(fields, "article.field.title", before, after, ArticleContent::title);
        field(fields, "article.field.subtitle", before, after, ArticleContent::subtitle);
        field(fields, "article.field.summary", before, after, ArticleContent::summary);
        field(
                fields,
                "article.field.source",
                before,
                after,
                c -> c.source() == null
                        ? null
                        : c.source().name() + " " + c.source().url());
        field(fields, "article.field.rights", before, after, c -> c.rights().name());
        field(
                fields,
                "article.field.original",
                before,
                after,
                c -> c.original() == null
                        ? null
                        : String.join(
                                " / ",
                                nz(c.original().outlet()),
                                nz(c.original().author()),
                                nz(c.original().title()),
                                nz(c.original().url())));
        field(
                fields,
                "article.field.lead-image",
                before,
                after,
                c -> c.leadImage() == null
                        ? null
                        : "#" + c.leadImage().imageId() + " " + nz(c.leadImage().caption()) + " "
                                + nz(c.leadImage().credit()));
        field(
                fields,
                "article.field.series",
                before,
                after,
                c -> c.seriesId() == null ? null : c.seriesId() + " / " + c.seriesPart());
        field(fields, "article.field.page", before, after, c -> c.pageId() == null ? null : String.valueOf(c.pageId()));
        field(fields, "article.field.responsible-editor", before, after, ArticleContent::responsibleEditor);
        field(
                fields,
                "article.field.bylines",
                before,
                after,
                c -> c.bylines().stream()
                        .map(b -> b.role() + ":" + b.printed((key, name) -> name))
                        .toList()
                        .toString());
        field(fields, "article.field.tags", before, after, c -> c.tags().toString());
        return new ArticleDiff(fields, body(paragraphs(before.body()), paragraphs(after.body())));
    }

    private static List<BodyRow> body(List<String> before, List<String> after) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(false)
                .mergeOriginalRevised(false)
                .lineNormalizer(Function.identity())
                .oldTag(start -> String.valueOf(start ? DEL_ON : DEL_OFF))
                .newTag(start -> String.valueOf(start ? INS_ON : INS_OFF))
                .build();
        List<BodyRow> rows = new ArrayList<>();
        for (DiffRow row : generator.generateDiffRows(before, after)) {
            rows.add(new BodyRow(html(row.getOldLine()), html(row.getNewLine()), row.getTag() != DiffRow.Tag.EQUAL));
        }
        return rows;
    }

    /** The body's text, one entry per paragraph, heading, list item or quote. */
    static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLOCK_END.split(html)) {
            String text = unescape(TAG.matcher(block).replaceAll("")).strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    private static String html(String marked) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case DEL_ON -> out.append("<del>");
                case DEL_OFF -> out.append("</del>");
                case INS_ON -> out.append("<ins>");
                case INS_OFF -> out.append("</ins>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String text) {
        return text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static void field(
            List<FieldChange> into,
            String key,
            ArticleContent before,
            ArticleContent after,
            Function<ArticleContent, String> value) {
        String a = value.apply(before);
        String b = value.apply(after);
        if (!Objects.equals(blank(a), blank(b))) {
            into.add(new FieldChange(key, nz(a), nz(b)));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
