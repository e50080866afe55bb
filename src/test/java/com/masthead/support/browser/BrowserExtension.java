package com.masthead.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test class its browsers (started on first use, shared by the class's tests since a start costs a
 * second or two, closed when the class ends), wipes cookies and extra windows before each test, and writes what
 * every open browser shows when a test fails: {@code <build.dir>/browser-screenshots/<Class>.<method>.png} with
 * the page source beside it ({@code .html}), and the key screens the test passed through in a folder of the same
 * name. {@code build.dir} is the build's own directory ({@code -Dbuild.dir}), {@code target} by default.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterTestExecutionCallback, ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(BrowserExtension.class);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browsers.class);

    static Path screenshotDirectory() {
        return Path.of(System.getProperty("build.dir", "target"), "browser-screenshots");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browsers(context).resetAll();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        List<Browser> open = browsers(context).open();
        for (int i = 0; i < open.size(); i++) {
            if (!open.get(i).showsTheApplication()) {
                continue;
            }
            String name = test + (i == 0 ? "" : "-" + (i + 1));
            try {
                Path picture = keep(open.get(i), name);
                context.publishReportEntry(
                        "screenshot", picture.toAbsolutePath().toString());
                log.warn("{} failed; browser {} showed {}", test, i + 1, picture.toAbsolutePath());
            } catch (RuntimeException | IOException e) {
                log.warn("{} failed and browser {} could not be captured", test, i + 1, e);
            }
        }
    }

    private static Path keep(Browser browser, String name) throws IOException {
        Path directory = Files.createDirectories(screenshotDirectory());
        Path picture = directory.resolve(name + ".png");
        Files.write(picture, browser.screenshot());
        Files.writeString(
                directory.resolve(name + ".html"),
                "<!-- " + browser.driver().getCurrentUrl() + " -->\n" + browser.pageSource(),
                StandardCharsets.UTF_8);
        List<Browser.KeyScreen> trail = browser.trail();
        if (!trail.isEmpty()) {
            Path steps = Files.createDirectories(directory.resolve(name));
            StringBuilder index = new StringBuilder();
            for (int i = 0; i < trail.size(); i++) {
                Browser.KeyScreen screen = trail.get(i);
                String file = "%02d-%s.png".formatted(i + 1, screen.name());
                Files.write(steps.resolve(file), screen.png());
                index.append(file).append(' ').append(screen.url()).append('\n');
            }
            Files.writeString(steps.resolve("screens.txt"), index, StandardCharsets.UTF_8);
        }
        return picture;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browsers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browsers(context);
    }

    private static Browsers browsers(ExtensionContext context) {
        ExtensionContext classContext =
                context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return classContext.getStore(NAMESPACE).computeIfAbsent(Browsers.class, type -> open(context), Browsers.class);
    }

    private static Browsers open(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        String port = application.getEnvironment().getRequiredProperty("local.server.port");
        return new Browsers("http://127.0.0.1:" + port, new Texts(application.getBean(MessageSource.class)));
    }

    /** The browsers of one test class: the first for most tests, more for tests that need several people. */
    public static final class Browsers implements AutoCloseable {

        private final String baseUrl;
        private final Texts texts;
        private final List<Browser> open = new ArrayList<>();
        private final List<Path> profiles = new ArrayList<>();

        Browsers(String baseUrl, Texts texts) {
            this.baseUrl = baseUrl;
            this.texts = texts;
        }

        /** The browser of the test's main user. */
        public Browser first() {
            return get(0);
        }

        /** A second, separate browser (own cookies, so another person can be logged in at the same time). */
        public Browser second() {
            return get(1);
        }

        private synchronized Browser get(int index) {
            while (open.size() <= index) {
                Path profile = Chromium.newProfile();
                profiles.add(profile);
                open.add(new Browser(Chromium.start(profile), baseUrl, texts));
            }
            return open.get(index);
        }

        synchronized List<Browser> open() {
            return List.copyOf(open);
        }

        synchronized void resetAll() {
            open.forEach(Browser::reset);
        }

        @Override
        public synchronized void close() {
            for (Browser browser : open) {
                try {
                    browser.quit();
                } catch (RuntimeException e) {
                    log.warn("could not quit a browser", e);
                }
            }
            open.clear();
            profiles.forEach(Browsers::delete);
            profiles.clear();
        }

        private static void delete(Path directory) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
