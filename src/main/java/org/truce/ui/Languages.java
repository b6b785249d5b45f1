package org.truce.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the interface: English, and the delegations' Ukrainian and Russian. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "uk", "ru");
    public static final Locale DEFAULT = Locale.ENGLISH;

    private Languages() {
    }

    /** The supported language of a code such as {@code uk} or {@code ru-RU}, if it is one. */
    public static Optional<Locale> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(language) ? Optional.of(Locale.forLanguageTag(language)) : Optional.empty();
    }

    /** The first supported language among a browser's preferences (Accept-Language order), else English. */
    public static Locale preferred(List<Locale> preferences) {
        for (Locale preference : preferences) {
            Optional<Locale> supported = of(preference.toLanguageTag());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return DEFAULT;
    }
}
