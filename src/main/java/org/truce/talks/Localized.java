package org.truce.talks;

import java.util.Map;
import java.util.TreeMap;

/**
 * Text written in several languages ({@code en}, {@code uk}, {@code ru}): issue titles, option
 * labels, timeline summaries, clauses. English is required, the others are shown when present.
 */
public final class Localized {

    public static final String DEFAULT = "en";

    private Localized() {
    }

    /** The text in the language, else in English, else any. */
    public static String pick(Map<String, String> texts, String language) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String text = texts.get(language);
        if (text != null && !text.isBlank()) {
            return text;
        }
        text = texts.get(DEFAULT);
        return text != null ? text : texts.values().iterator().next();
    }

    /** A sorted copy without blank entries, or an empty map. */
    static Map<String, String> copy(Map<String, String> texts) {
        Map<String, String> copy = new TreeMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    copy.put(language.trim(), text.strip());
                }
            });
        }
        return copy;
    }
}
