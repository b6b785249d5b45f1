package org.truce.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How precisely a report knows when something happened. ACLED's {@code time_precision} codes map
 * onto it: 1 (the source gives the day) is {@link #DAY}, 2 (only the week; ACLED codes the middle
 * of it) is {@link #WEEK}, 3 (only the month; ACLED codes a day inside it) is {@link #MONTH}.
 */
public enum TimePrecision {
    /** An instant, to the millisecond. */
    EXACT,
    /** A local calendar day. */
    DAY,
    /** The seven local days centred on the date given (three before, three after). */
    WEEK,
    /** The local calendar month containing the date given. */
    MONTH;

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    /** A code ({@code day}) or an ACLED number ({@code 1}, {@code 2}, {@code 3}). */
    public static Optional<TimePrecision> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "1" -> Optional.of(DAY);
            case "2" -> Optional.of(WEEK);
            case "3" -> Optional.of(MONTH);
            default -> Arrays.stream(values()).filter(p -> p.code().equals(normalized)).findFirst();
        };
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(TimePrecision::code).toList();
    }
}
