package com.masthead.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Realistic Chinese news text for generated articles: paragraphs, subheads and titles taken from the demo
 * articles (our own writing) and recombined at random, so generated bodies have news length and vocabulary.
 */
final class ArticleTextPool {

    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern SUBHEAD = Pattern.compile("<h3>(.*?)</h3>", Pattern.DOTALL);
    private static final List<String> FILES =
            List.of("demo/articles-news.json", "demo/articles-economy.json", "demo/articles-tech.json");

    private final List<String> titles = new ArrayList<>();
    private final List<String> summaries = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> subheads = new ArrayList<>();
    private final List<String> names = List.of("王晓峰", "沈佳宁", "李岩", "杜衡", "苏航", "周原", "钱敏", "顾立文");
    private final List<String> tags = new ArrayList<>();

    ArticleTextPool(ObjectMapper json) {
        for (String file : FILES) {
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                for (JsonNode article : json.readTree(in)) {
                    titles.add(article.get("title").asString());
                    if (article.hasNonNull("summary")) {
                        summaries.add(article.get("summary").asString());
                    }
                    collect(PARAGRAPH.matcher(article.get("body").asString()), paragraphs);
                    collect(SUBHEAD.matcher(article.get("body").asString()), subheads);
                    article.get("tags").forEach(tag -> tags.add(tag.asString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    String title(Random random, long n) {
        String base = pick(titles, random);
        return base.length() > 40 ? base.substring(0, 40) + "（" + n + "）" : base + "（" + n + "）";
    }

    String summary(Random random) {
        return pick(summaries, random);
    }

    /** Five to nine paragraphs with a subhead after the second: about 1,200–2,400 characters. */
    String body(Random random) {
        StringBuilder body = new StringBuilder();
        int count = 5 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            if (i == 2) {
                body.append("<h3>").append(pick(subheads, random)).append("</h3>");
            }
            body.append("<p>").append(pick(paragraphs, random)).append("</p>");
        }
        return body.toString();
    }

    String name(Random random) {
        return pick(names, random);
    }

    String tag(Random random) {
        return pick(tags, random);
    }

    private static void collect(Matcher matcher, List<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
