package com.masthead.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.masthead.article.BylineRole;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the two message bundles (Chinese default, English) against drifting apart and against keys that code or
 * templates use but no bundle defines, and the templates against hard-coded Chinese text.
 */
class I18nMessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path JAVA = Path.of("src/main/java");

    /**
     * Each feature may keep its own bundle pair in {@code i18n/} (listed in {@code spring.messages.basename}); the
     * checks run on the union per language, named after the main bundle.
     */
    private static final List<String> BASENAMES = basenames();

    private static final Map<String, Map<String, String>> BUNDLES =
            Map.of("messages.properties", loadAll(""), "messages_en.properties", loadAll("_en"));

    /** {@code t.get("key"} and {@code t().get("key"} in templates and Java, the call possibly spanning lines. */
    private static final Pattern TEXT_GET = Pattern.compile("\\bt(?:\\(\\))?\\.get\\(\\s*\"([^\"]+)\"");

    private static final List<Pattern> JAVA_KEY_USES = List.of(
            TEXT_GET,
            Pattern.compile("\\bgetMessage\\(\\s*\"([^\"]+)\""),
            // new InvalidInputException("field", "key", …), new FieldProblem(field, "key", …) and subclasses' super(…);
            // not new IllegalTransitionException(status, "publish"), whose second argument is an action
            Pattern.compile("\\b(?:new\\s+(?:InvalidInputException|FieldProblem)|super)"
                    + "\\(\\s*[\\w.\"]+\\s*,\\s*\"([^\"]+)\""),
            // keys handed around as plain literals, e.g. write(response, status, code, "problem.forbidden")
            Pattern.compile("\"(problem\\.[\\w.-]*[\\w-])\""));

    /** Chinese characters (unified ideographs and extensions), CJK punctuation and full-width forms. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+");

    private static final Pattern APOSTROPHE_NOT_DOUBLED = Pattern.compile("(?<!')'(?!')");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> chinese = BUNDLES.get("messages.properties").keySet();
        Set<String> english = BUNDLES.get("messages_en.properties").keySet();

        assertThat(difference(chinese, english))
                .as("keys in messages.properties missing from messages_en.properties")
                .isEmpty();
        assertThat(difference(english, chinese))
                .as("keys in messages_en.properties missing from messages.properties")
                .isEmpty();
    }

    @Test
    void everyFeatureBundleIsConfiguredHasAnEnglishTwinAndDefinesOnlyItsOwnKeys() throws IOException {
        Properties application = new Properties();
        try (Reader reader =
                Files.newBufferedReader(RESOURCES.resolve("application.properties"), StandardCharsets.UTF_8)) {
            application.load(reader);
        }
        List<String> configured =
                List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
        assertThat(configured).containsExactlyInAnyOrderElementsOf(BASENAMES);

        Map<String, String> owner = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (String basename : BASENAMES) {
            assertThat(RESOURCES.resolve(basename + "_en.properties")).exists();
            for (String key : load(basename + ".properties").keySet()) {
                String previous = owner.put(key, basename);
                if (previous != null) {
                    twice.add(key + " in " + previous + " and " + basename);
                }
            }
        }
        assertThat(twice).as("keys defined in two bundles").isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        BUNDLES.forEach((bundle, messages) -> assertThat(messages)
                .as("empty messages in %s", bundle)
                .noneSatisfy((key, value) -> assertThat(value).isBlank()));
    }

    @Test
    void everyMessageIsAValidMessageFormatPattern() {
        BUNDLES.forEach(
                (bundle, messages) -> messages.forEach((key, value) -> assertThatCode(() -> new MessageFormat(value))
                        .as("%s in %s: %s", key, bundle, value)
                        .doesNotThrowAnyException()));
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() {
        // MessageFormat treats a single ' as a quote: "Don't {0}" would print "Dont {0}" once formatted.
        List<String> lost = new ArrayList<>();
        BUNDLES.forEach((bundle, messages) -> messages.forEach((key, value) -> {
            if (PLACEHOLDER.matcher(value).find()
                    && APOSTROPHE_NOT_DOUBLED.matcher(value).find()) {
                lost.add(bundle + ": " + key + "=" + value);
            }
        }));

        assertThat(lost).isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesExistsInBothBundles() {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path template : files(TEMPLATES, ".jte")) {
            collectKeys(read(template), List.of(TEXT_GET), template, used);
        }

        assertThat(used).as("keys used in templates").isNotEmpty();
        thenAllDefined(used);
    }

    @Test
    void everyKeyUsedInJavaExistsInBothBundles() {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path source : files(JAVA, ".java")) {
            collectKeys(read(source), JAVA_KEY_USES, source, used);
        }

        assertThat(used)
                .as("keys used in Java")
                .containsKeys("article.responsible-editor.required", "article.title.required", "version.required");
        thenAllDefined(used);
    }

    @Test
    void callersPassEveryArgumentTheMessagesOfBothLanguagesUse() {
        // The languages may use different subsets of the arguments, but neither may use one the caller never passes.
        List<String> starved = new ArrayList<>();
        List<Path> sources = new ArrayList<>(files(TEMPLATES, ".jte"));
        sources.addAll(files(JAVA, ".java"));
        for (Path source : sources) {
            String text = read(source);
            Matcher m = TEXT_GET.matcher(text);
            while (m.find()) {
                int passed = argumentCount(text, m.end()) - 1;
                BUNDLES.forEach((bundle, messages) -> {
                    String value = messages.get(m.group(1));
                    if (value != null && argumentsUsed(value) > passed) {
                        starved.add("%s passes %d argument(s) to %s, but %s uses {%d}: %s"
                                .formatted(
                                        source.getFileName(),
                                        passed,
                                        m.group(1),
                                        bundle,
                                        argumentsUsed(value) - 1,
                                        value));
                    }
                });
            }
        }

        assertThat(starved).isEmpty();
    }

    @Test
    void countsTopLevelArgumentsOfACall() {
        String call = "t.get(\"k\", a(b, c), \"x, y\", List.of(1, 2)[0], '(') + z";

        assertThat(argumentCount(call, call.indexOf("\"k\"") + 3)).isEqualTo(5);
        assertThat(argumentsUsed("第{0}版 {2}")).isEqualTo(3);
        assertThat(argumentsUsed("没有参数")).isZero();
    }

    @Test
    void everyBylineRoleHasItsCreditLine() {
        Map<String, Set<String>> used = new TreeMap<>();
        for (BylineRole role : BylineRole.values()) {
            used.put(role.messageKey(), Set.of(BylineRole.class.getName()));
        }

        thenAllDefined(used);
    }

    @Test
    void everySiteErrorPageHasHeadingAndMessage() {
        // SiteErrorPages builds "site.error." + status + ".heading" / ".message" for these statuses.
        Map<String, Set<String>> used = new TreeMap<>();
        for (int status : new int[] {400, 403, 404, 405, 410, 500}) {
            used.put("site.error." + status + ".heading", Set.of("SiteErrorPages"));
            used.put("site.error." + status + ".message", Set.of("SiteErrorPages"));
        }

        thenAllDefined(used);
    }

    @Test
    void templatesContainNoHardCodedChineseText() {
        List<String> found = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".jte")) {
            String[] lines = withoutComments(read(template)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.strip().startsWith("@param")) {
                    continue;
                }
                Matcher m = CJK.matcher(line);
                while (m.find()) {
                    found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": \"" + m.group() + "\"");
                }
            }
        }

        assertThat(found)
                .as("hard-coded Chinese in templates; move the text to messages*.properties")
                .isEmpty();
    }

    @Test
    void theChineseTextCheckCatchesWhatItShould() {
        assertThat(CJK.matcher("<p>首页</p>").find()).isTrue();
        assertThat(CJK.matcher("<p>（</p>").find()).isTrue();
        assertThat(CJK.matcher("<p>、</p>").find()).isTrue();
        assertThat(CJK.matcher("<p>𠀀</p>").find()).isTrue();
        assertThat(CJK.matcher("<p>${t.get(\"site.home\")} · &gt;&gt;</p>").find())
                .isFalse();
        assertThat(withoutComments("a<%-- 首页 --%>b<!-- 首页 -->c")).isEqualTo("abc");
    }

    private static void thenAllDefined(Map<String, Set<String>> used) {
        BUNDLES.forEach((bundle, messages) -> {
            Map<String, Set<String>> missing = new TreeMap<>(used);
            missing.keySet().removeAll(messages.keySet());
            assertThat(missing)
                    .as("keys used (→ where) but missing from %s", bundle)
                    .isEmpty();
        });
    }

    private static void collectKeys(String text, List<Pattern> patterns, Path file, Map<String, Set<String>> into) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String key = m.group(1);
                if (key.endsWith(".")) {
                    continue; // a prefix completed at run time, e.g. "site.error." + status
                }
                if (inComment(text, m.start())) {
                    continue; // an example in Javadoc, e.g. {@code t().get("key")}
                }
                into.computeIfAbsent(key, k -> new TreeSet<>())
                        .add(file.getFileName().toString());
            }
        }
    }

    /** How many arguments the call whose first argument ends at {@code from} has, counting that first one. */
    private static int argumentCount(String text, int from) {
        int depth = 0;
        int count = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i, c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return count;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    private static int endOfLiteral(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return text.length();
    }

    /** One more than the highest argument index a message uses: {@code 第{0}版 {2}} uses 3. */
    private static int argumentsUsed(String message) {
        return new MessageFormat(message).getFormatsByArgumentIndex().length;
    }

    private static boolean inComment(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        String before = text.substring(lineStart, at).strip();
        return before.startsWith("*") || before.startsWith("/*") || before.startsWith("//");
    }

    private static String withoutComments(String template) {
        return template.replaceAll("(?s)<%--.*?--%>", "").replaceAll("(?s)<!--.*?-->", "");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static List<String> basenames() {
        List<String> names = new ArrayList<>(List.of("messages"));
        Path features = RESOURCES.resolve("i18n");
        if (Files.isDirectory(features)) {
            for (Path file : files(features, ".properties")) {
                String name = file.getFileName().toString();
                if (!name.endsWith("_en.properties")) {
                    names.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
                }
            }
        }
        return names;
    }

    private static Map<String, String> loadAll(String languageSuffix) {
        Map<String, String> merged = new TreeMap<>();
        for (String basename : BASENAMES) {
            merged.putAll(load(basename + languageSuffix + ".properties"));
        }
        return merged;
    }

    private static Map<String, String> load(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> found =
                    paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertThat(found)
                    .as("%s files under %s", suffix, root.toAbsolutePath())
                    .isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
