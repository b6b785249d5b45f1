package org.truce.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Instants as a reader sees them: in the reader's time zone and language, with the zone named
 * ({@code 18 Mar 2025, 09:00 (Asia/Tokyo, UTC+09:00)}). Everywhere else instants stay UTC; this
 * is for display only. Templates reach it as {@code ${frame.times}}.
 */
public final class ZonedTimes {

    private static final Map<String, String> RENAMED = Map.of(
            "Europe/Kiev", "Europe/Kyiv", "Europe/Uzhgorod", "Europe/Kyiv", "Europe/Zaporozhye", "Europe/Kyiv");

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public ZonedTimes(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    }

    /**
     * A zone id as a browser's {@code Intl} names it, if Java knows it. Browsers still report the
     * old names of Ukraine's zones (tzdb renamed Europe/Kiev to Europe/Kyiv in 2022 and merged
     * Uzhgorod and Zaporozhye into it): the current name is shown.
     */
    public static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(RENAMED.getOrDefault(id.strip(), id.strip())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** Date and time in the zone, without the zone's name (put {@link #zoneLabel} once nearby). */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** Date and time with the zone named, for an instant shown on its own. */
    public String withZone(Instant instant) {
        return instant == null ? "" : dateTime(instant) + " (" + zoneLabel(instant) + ")";
    }

    /** The zone's id and its offset at the instant ({@code Europe/Kyiv, UTC+03:00}). */
    public String zoneLabel(Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at == null ? Instant.now() : at);
        String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        String id = zone.getId();
        return id.equals("UTC") || id.equals("Z") ? utc : id + ", " + utc;
    }

    /** The zone's name in the reader's language ({@code Eastern European Time}). */
    public String zoneName() {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
