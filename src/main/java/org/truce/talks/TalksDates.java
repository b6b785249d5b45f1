package org.truce.talks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Dates of the timeline as the sources give them: a day ({@code 2024-08-06}), a month
 * ({@code 2024-08}), or an instant with its offset. A day or month is read in the talks' zone and
 * kept as its first instant, with the precision saying what is known.
 */
final class TalksDates {

    private TalksDates() {
    }

    record Dated(Instant at, DatePrecision precision) {
    }

    /** Reads the date; an explicit {@code about_month} precision marks a month as approximate. */
    static Dated parse(String text, DatePrecision stated, ZoneId zone, String field, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add(field, "required: a day such as 2024-08-06, a month such as 2024-08, or an instant with its offset");
            return null;
        }
        String value = text.trim();
        try {
            if (value.matches("\\d{4}-\\d{2}")) {
                Instant at = YearMonth.parse(value).atDay(1).atStartOfDay(zone).toInstant();
                return new Dated(at, stated == DatePrecision.ABOUT_MONTH ? DatePrecision.ABOUT_MONTH : DatePrecision.MONTH);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new Dated(LocalDate.parse(value).atStartOfDay(zone).toInstant(),
                        stated == null ? DatePrecision.DAY : stated);
            }
            Instant at = OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.SECONDS);
            return new Dated(at, stated == null ? DatePrecision.DAY : stated);
        } catch (DateTimeParseException e) {
            problems.add(field, "'" + value + "' is not a day such as 2024-08-06, a month such as 2024-08, or an instant"
                    + " such as 2024-08-06T05:00:00+03:00");
            return null;
        }
    }
}
