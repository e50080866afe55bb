package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Messages formats arguments itself, without Spring's lock; the text must be exactly what Spring would give. */
class MessagesTests {

    private static final String[] BASENAMES = {
        "messages", "i18n/newsroom", "i18n/readers", "i18n/tickets", "i18n/audit", "i18n/structure", "i18n/search"
    };

    private final ResourceBundleMessageSource spring = springSource();

    @Test
    void everyBundleMessageWithArgumentsReadsAsSpringFormatsItInBothLanguages() {
        Object[] arguments = {12345, 678, 9, 3, 1};
        int checked = 0;
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages messages = new Messages(spring, locale);
            for (String basename : BASENAMES) {
                for (String key : keysOf(basename, locale)) {
                    assertThat(messages.get(key, arguments))
                            .as("%s in %s", key, locale)
                            .isEqualTo(spring.getMessage(key, arguments, locale));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void quotesAndNumbersFollowMessageFormatRules() {
        ResourceBundleMessageSource source = springSource();
        Messages messages = new Messages(source, Locale.SIMPLIFIED_CHINESE);
        // a real key whose text has an argument: the count is grouped like MessageFormat does
        String key = firstKeyWithArgument(Locale.SIMPLIFIED_CHINESE);
        assertThat(messages.get(key, 1234567)).isEqualTo(source.getMessage(key, new Object[] {1234567}, Locale.CHINA));
        assertThat(messages.get(key, 1234567)).contains("1,234,567");
    }

    @Test
    void anUnknownKeyFailsAsWithSpringWithOrWithoutArguments() {
        Messages messages = new Messages(spring, Locale.ENGLISH);
        assertThatThrownBy(() -> messages.get("no.such.key")).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> messages.get("no.such.key", 1)).isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void manyThreadsFormattingTheSameMessageGetTheirOwnResults() throws Exception {
        String key = firstKeyWithArgument(Locale.SIMPLIFIED_CHINESE);
        Messages messages = new Messages(spring, Locale.SIMPLIFIED_CHINESE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int n = i;
                results.add(pool.submit(() -> messages.get(key, n)
                        .equals(spring.getMessage(key, new Object[] {n}, Locale.SIMPLIFIED_CHINESE))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ResourceBundleMessageSource springSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BASENAMES);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static String firstKeyWithArgument(Locale locale) {
        for (String basename : BASENAMES) {
            List<String> keys = keysOf(basename, locale);
            for (String key : keys) {
                Properties bundle = load(basename, locale);
                if (bundle.getProperty(key).contains("{0,number")
                        || bundle.getProperty(key).matches(".*\\{0}.*")) {
                    return key;
                }
            }
        }
        throw new AssertionError("no message with an argument");
    }

    /** The keys of one bundle file whose text takes arguments. */
    private static List<String> keysOf(String basename, Locale locale) {
        Properties bundle = load(basename, locale);
        return bundle.stringPropertyNames().stream()
                .filter(key -> bundle.getProperty(key).contains("{0"))
                .sorted()
                .toList();
    }

    private static Properties load(String basename, Locale locale) {
        String file = basename + (locale.getLanguage().equals("en") ? "_en" : "") + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(file)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
