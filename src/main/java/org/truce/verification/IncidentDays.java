package org.truce.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The local day of an incident, as people there name it: the middle of its time interval (a
 * claim known to the day spans that local day, 21:00 to 21:00 UTC in Moscow time), in the zone
 * of the country of its region (UTC when it has none).
 */
public final class IncidentDays {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private IncidentDays() {
    }

    public static LocalDate localDay(Instant earliest, Instant latest, String regionId) {
        Instant end = latest == null || latest.isBefore(earliest) ? earliest : latest;
        Instant middle = earliest.plus(Duration.between(earliest, end).dividedBy(2));
        ZoneId zone = regionId == null ? ZoneOffset.UTC
                : regionId.startsWith("UA") ? KYIV
                : regionId.startsWith("RU") ? MOSCOW : ZoneOffset.UTC;
        return middle.atZone(zone).toLocalDate();
    }
}
