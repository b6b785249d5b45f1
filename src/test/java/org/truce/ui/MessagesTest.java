package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the interface exists in Ukrainian and Russian too, and each is a valid message pattern. */
class MessagesTest {

    /** Keys that are the same in every language on purpose (the name, each language's own name). */
    private static final Set<String> SHARED = Set.of("app.name", "language.en", "language.uk", "language.ru");

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ru"})
    void everyEnglishTextIsTranslated(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");
        Set<String> missing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!SHARED.contains(key) && !translated.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys of messages.properties without a " + language + " text").isEmpty();
        assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys only in " + language)
                .allSatisfy(key -> assertThat(english).containsKey(key));
        for (String key : translated.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            // a text with arguments goes through MessageFormat: an ASCII apostrophe would swallow them
            if (text.matches(".*\\{\\d.*")) {
                assertThat(text).as(key + " (use ’, not ')").doesNotContain("'");
                new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[] {1, 2, 3});
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
