package org.truce.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The lower-case JSON codes of this feature's enumerations ({@code by_mutual_agreement}). */
final class Codes {

    private Codes() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> Optional<E> byCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(normalized)).findFirst();
    }

    static <E extends Enum<E>> E fromCode(Class<E> type, String code, String what) {
        return byCode(type, code).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + what + " '" + code + "'; expected one of " + codes(type)));
    }

    static <E extends Enum<E>> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).toList();
    }
}
