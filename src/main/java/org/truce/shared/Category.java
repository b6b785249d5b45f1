package org.truce.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The energy infrastructure taxonomy of DESIGN.md, a closed list: agreements protect subsets of
 * it, sites and reports name one. Written in JSON as its code ({@code gas_metering}).
 */
public enum Category {
    POWER_PLANT(Sector.ELECTRICITY),
    SUBSTATION(Sector.ELECTRICITY),
    TRANSMISSION_LINE(Sector.ELECTRICITY),
    CONTROL_CENTRE(Sector.ELECTRICITY),
    GAS_PRODUCTION(Sector.GAS),
    GAS_PROCESSING(Sector.GAS),
    GAS_COMPRESSOR(Sector.GAS),
    GAS_STORAGE(Sector.GAS),
    GAS_PIPELINE(Sector.GAS),
    GAS_METERING(Sector.GAS),
    OIL_PRODUCTION(Sector.OIL),
    OIL_REFINERY(Sector.OIL),
    OIL_PIPELINE(Sector.OIL),
    OIL_PUMPING(Sector.OIL),
    OIL_DEPOT(Sector.OIL),
    HEATING_PLANT(Sector.HEAT);

    /** The four sectors of the taxonomy. */
    public enum Sector { ELECTRICITY, GAS, OIL, HEAT }

    private final Sector sector;

    Category(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Category> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.code().equals(normalized)).findFirst();
    }

    /** For JSON: an unknown code is refused with the list of known ones. */
    @JsonCreator
    public static Category fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown category '" + code + "'; expected one of " + codes()));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Category::code).toList();
    }
}
