package com.masthead.article.web;

import com.masthead.article.ArticleContent;
import com.masthead.article.Byline;
import com.masthead.article.BylineRole;
import com.masthead.article.LeadImage;
import com.masthead.article.OriginalSource;
import com.masthead.article.RightsType;
import com.masthead.article.Source;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The article editor's form as posted: every value a string, as the browser sends it. {@link #toContent} turns it
 * into {@link ArticleContent} and checks it with the same constraints as the JSON API, naming each offending field
 * by its form name; {@link #of} fills the form from stored content.
 */
public record ArticleForm(
        String channelId,
        String kicker,
        String title,
        String subtitle,
        String summary,
        String body,
        String sourceName,
        String sourceUrl,
        String rights,
        String originalOutlet,
        String originalAuthor,
        String originalTitle,
        String originalUrl,
        String leadImageId,
        String leadImageCaption,
        String leadImageCredit,
        String seriesId,
        String seriesPart,
        String pageId,
        String responsibleEditor,
        List<String> bylineRole,
        List<String> bylineName,
        List<String> bylinePrefix,
        List<String> bylineSuffix,
        String tags,
        String version) {

    static final int BYLINE_ROWS = 4;

    public ArticleForm {
        bylineRole = bylineRole == null ? List.of() : List.copyOf(bylineRole);
        bylineName = bylineName == null ? List.of() : List.copyOf(bylineName);
        bylinePrefix = bylinePrefix == null ? List.of() : List.copyOf(bylinePrefix);
        bylineSuffix = bylineSuffix == null ? List.of() : List.copyOf(bylineSuffix);
    }

    static ArticleForm empty(Long channelId) {
        return new ArticleForm(
                channelId == null ? "" : channelId.toString(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                RightsType.ORIGINAL.name(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "",
                "");
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? blankToNull(values.get(i)) : null;
    }

    static ArticleForm of(ArticleContent c, int version) {
        return new ArticleForm(
                String.valueOf(c.channelId()),
                text(c.kicker()),
                text(c.title()),
                text(c.subtitle()),
                text(c.summary()),
                text(c.body()),
                c.source() == null ? "" : text(c.source().name()),
                c.source() == null ? "" : text(c.source().url()),
                c.rights().name(),
                c.original() == null ? "" : text(c.original().outlet()),
                c.original() == null ? "" : text(c.original().author()),
                c.original() == null ? "" : text(c.original().title()),
                c.original() == null ? "" : text(c.original().url()),
                c.leadImage() == null ? "" : String.valueOf(c.leadImage().imageId()),
                c.leadImage() == null ? "" : text(c.leadImage().caption()),
                c.leadImage() == null ? "" : text(c.leadImage().credit()),
                c.seriesId() == null ? "" : String.valueOf(c.seriesId()),
                c.seriesPart() == null ? "" : String.valueOf(c.seriesPart()),
                c.pageId() == null ? "" : String.valueOf(c.pageId()),
                text(c.responsibleEditor()),
                c.bylines().stream().map(b -> b.role().name()).toList(),
                c.bylines().stream().map(Byline::name).toList(),
                c.bylines().stream().map(b -> text(b.prefix())).toList(),
                c.bylines().stream().map(b -> text(b.suffix())).toList(),
                String.join("，", c.tags()),
                String.valueOf(version));
    }

    /** @throws InvalidInputException naming every offending field at once */
    ArticleContent toContent(Validator validator) {
        List<FieldProblem> problems = new ArrayList<>();
        Long channel = number(channelId, "channelId", problems, true);
        Long image = number(leadImageId, "leadImageId", problems, false);
        Long series = number(seriesId, "seriesId", problems, false);
        Long part = number(seriesPart, "seriesPart", problems, false);
        Long page = number(pageId, "pageId", problems, false);
        RightsType rightsType = RightsType.ORIGINAL;
        try {
            rightsType = RightsType.valueOf(blankToNull(rights) == null ? "ORIGINAL" : rights);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("rights", "article.form.choice"));
        }
        List<Byline> bylines = new ArrayList<>();
        for (int i = 0; i < Math.min(bylineName.size(), 10); i++) {
            String name = blankToNull(bylineName.get(i));
            if (name == null) {
                continue;
            }
            String role = i < bylineRole.size() ? bylineRole.get(i) : BylineRole.REPORTER.name();
            try {
                bylines.add(
                        new Byline(BylineRole.valueOf(role), name.strip(), at(bylinePrefix, i), at(bylineSuffix, i)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("bylines", "article.form.choice"));
            }
        }
        List<String> tagList = tags == null
                ? List.of()
                : Arrays.stream(tags.split("[,，、;；]"))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean reprint = rightsType == RightsType.REPRINT;
        ArticleContent content = new ArticleContent(
                channel,
                blankToNull(kicker),
                title == null ? "" : title.strip(),
                blankToNull(subtitle),
                blankToNull(summary),
                body == null ? "" : body,
                blankToNull(sourceName) == null && blankToNull(sourceUrl) == null
                        ? null
                        : new Source(blankToNull(sourceName), blankToNull(sourceUrl)),
                rightsType,
                reprint
                        ? new OriginalSource(
                                blankToNull(originalOutlet),
                                blankToNull(originalAuthor),
                                blankToNull(originalTitle),
                                blankToNull(originalUrl))
                        : null,
                image == null
                        ? null
                        : new LeadImage(image, blankToNull(leadImageCaption), blankToNull(leadImageCredit)),
                series,
                part == null ? null : part.intValue(),
                page,
                blankToNull(responsibleEditor),
                bylines,
                tagList);
        Set<ConstraintViolation<ArticleContent>> violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new FieldProblem(formField(v.getPropertyPath().toString()), constraintKey(v)))
                    .toList());
        }
        return content;
    }

    int versionNumber() {
        try {
            return Integer.parseInt(version.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException("version", "version.required");
        }
    }

    /** Form field names for the content's property paths ({@code original.url} → {@code originalUrl}). */
    private static String formField(String path) {
        String field = path.replaceAll("\\[\\d+]", "");
        return switch (field) {
            case "original.outlet" -> "originalOutlet";
            case "original.author" -> "originalAuthor";
            case "original.title" -> "originalTitle";
            case "original.url" -> "originalUrl";
            case "source.name" -> "sourceName";
            case "source.url" -> "sourceUrl";
            case "leadImage.caption" -> "leadImageCaption";
            case "leadImage.credit" -> "leadImageCredit";
            case "bylines.name", "bylines.role", "bylines" -> "bylines";
            case "tags", "tags.<list element>" -> "tags";
            default -> field;
        };
    }

    private static String constraintKey(ConstraintViolation<?> violation) {
        String annotation = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return switch (annotation) {
            case "NotBlank", "NotNull", "NotEmpty" -> "article.form.required";
            case "Size" -> "article.form.too-long";
            case "Pattern" -> "article.form.url";
            default -> "article.form.invalid";
        };
    }

    private static Long number(String value, String field, List<FieldProblem> problems, boolean required) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                problems.add(new FieldProblem(field, "article.form.required"));
            }
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "article.form.number"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
