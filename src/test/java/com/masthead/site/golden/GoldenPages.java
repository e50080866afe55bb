package com.masthead.site.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.pagecache.TwoInstances;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader pages of the demo newspaper at a fixed time, rendered with the page cache off, against the bytes the
 * code produced before the cache-miss work (files under {@code src/test/resources/golden/site/}). Any change to
 * how a page is assembled (fragments, fewer queries, buffers) must leave these bytes alone.
 *
 * <p>To regenerate after an intended change of the pages, run the tests with {@code -Dgolden.update=true}: they
 * then write the files instead of comparing (and fail, so that an update is never mistaken for a pass); review
 * the diff before committing it.
 */
final class GoldenPages {

    static final Path DIRECTORY = Path.of("src/test/resources/golden/site");
    private static final Pattern ARTICLE = Pattern.compile("href=\"(/news/\\d{4}/\\d{2}/\\d{2}/\\d+\\.html)\"");
    private static final Pattern CHANNEL = Pattern.compile("href=\"(/channel/[a-z0-9/-]+/)\"");
    private static final Pattern SERIES = Pattern.compile("href=\"(/series/[a-z0-9-]+/?)\"");
    private static final Pattern JSON_LD =
            Pattern.compile("(<script type=\"application/ld\\+json\">)(.*?)(</script>)", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final int ARTICLES = 8;

    private GoldenPages() {}

    /** Every golden page by file name: home, articles, channels (and a second page), series, English pages. */
    static Map<String, String> render(TwoInstances.Instance site) {
        Map<String, String> pages = new LinkedHashMap<>();
        String home = body(site, "/", null);
        pages.put(name("/", null), home);
        List<String> articles = links(ARTICLE, home).stream().limit(ARTICLES).toList();
        Set<String> more = new LinkedHashSet<>();
        for (String article : articles) {
            String page = body(site, article, null);
            pages.put(name(article, null), page);
            more.addAll(links(SERIES, page));
        }
        List<String> channels = links(CHANNEL, home);
        for (String channel : channels) {
            pages.put(name(channel, null), body(site, channel, null));
        }
        channels.stream()
                .map(channel -> channel + "?page=2")
                .filter(second -> site.get(second).statusCode() == 200)
                .findFirst()
                .ifPresent(second -> pages.put(name(second, null), body(site, second, null)));
        for (String series : more) {
            pages.put(name(series, null), body(site, series, null));
        }
        pages.put(name("/", "en"), body(site, "/", "en"));
        pages.put(name(articles.get(0), "en"), body(site, articles.get(0), "en"));
        pages.put(name(channels.get(0), "en"), body(site, channels.get(0), "en"));
        return pages;
    }

    /** Compares with the stored files, or writes them with {@code -Dgolden.update=true}. */
    static void check(Map<String, String> pages) {
        if (Boolean.getBoolean("golden.update")) {
            write(DIRECTORY, pages);
            throw new AssertionError("golden pages written to " + DIRECTORY.toAbsolutePath() + "; review and commit");
        }
        write(Path.of("target/golden-actual"), pages);
        List<String> stored = stored();
        assertThat(pages.keySet()).as("the golden pages").containsExactlyInAnyOrderElementsOf(stored);
        pages.forEach((file, html) -> assertThat(comparable(html))
                .as("page %s (regenerate with -Dgolden.update=true if the change is intended)", file)
                .isEqualTo(comparable(read(file))));
    }

    /**
     * The page with each JSON-LD block's keys sorted, the rest untouched. The blocks are built partly from
     * {@code Map.of}, whose iteration order changes from one JVM to the next, so today's code itself writes their
     * keys in a different order on every start; what they say is compared exactly.
     */
    static String comparable(String html) {
        Matcher m = JSON_LD.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = JSON.readValue(m.group(2), Object.class);
            m.appendReplacement(
                    out, Matcher.quoteReplacement(m.group(1) + JSON.writeValueAsString(value) + m.group(3)));
        }
        return m.appendTail(out).toString();
    }

    private static String body(TwoInstances.Instance site, String path, String lang) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.uri(path));
        if (lang != null) {
            request.header("Cookie", "masthead_lang=" + lang);
        }
        HttpResponse<String> response = site.send(request.build());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        // the demo base URL is the port the instance got: the one part of a page that differs from run to run
        return response.body().replace("http://localhost:" + site.uri("/").getPort(), "http://localhost:8080");
    }

    private static List<String> links(Pattern pattern, String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new ArrayList<>(found);
    }

    static String name(String path, String lang) {
        String name = path.equals("/") ? "home" : path.replaceAll("^/|/$", "").replaceAll("[/?=.]", "_");
        return (lang == null ? name : name + "-" + lang) + ".html";
    }

    private static List<String> stored() {
        try (var files = Files.list(DIRECTORY)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path directory, Map<String, String> pages) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Files.writeString(directory.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
