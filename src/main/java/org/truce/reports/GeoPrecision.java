package org.truce.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a report's coordinates stand for, and so how far from them the event may have been when
 * the report gives no radius of its own. ACLED's {@code geo_precision} codes map onto it: 1 (the
 * town) is {@link #TOWN}, 2 (near a town, a part of a region) is {@link #DISTRICT}, 3 (a larger
 * region) is {@link #REGION}.
 */
public enum GeoPrecision {
    /** The facility itself: coordinates to two decimals are within about a kilometre of it. */
    SITE(2_000),
    /** A town or city and its outskirts. */
    TOWN(10_000),
    /** A district (raion) or community around its centre. */
    DISTRICT(35_000),
    /** A first-level region (oblast, krai, republic) around the point given. */
    REGION(150_000);

    private final double defaultRadiusMetres;

    GeoPrecision(double defaultRadiusMetres) {
        this.defaultRadiusMetres = defaultRadiusMetres;
    }

    /** The uncertainty radius assumed when a report does not state one. */
    public double defaultRadiusMetres() {
        return defaultRadiusMetres;
    }

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    /** A code ({@code town}) or an ACLED number ({@code 1}, {@code 2}, {@code 3}). */
    public static Optional<GeoPrecision> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "1" -> Optional.of(TOWN);
            case "2" -> Optional.of(DISTRICT);
            case "3" -> Optional.of(REGION);
            default -> Arrays.stream(values()).filter(p -> p.code().equals(normalized)).findFirst();
        };
    }

    public boolean coarserThan(GeoPrecision other) {
        return ordinal() > other.ordinal();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(GeoPrecision::code).toList();
    }
}
