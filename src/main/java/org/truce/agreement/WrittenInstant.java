package org.truce.agreement;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * An instant as a person writes it: a local date-time with its offset, optionally followed by the
 * zone it was written in ({@code 2025-03-18T00:00+03:00[Europe/Moscow]}), or UTC ({@code …Z}).
 * A local time without an offset is refused: it is not an instant until someone guesses its zone.
 *
 * @param instant the instant
 * @param offset  the offset it was written with
 * @param zone    the zone named in brackets, or null
 */
record WrittenInstant(Instant instant, ZoneOffset offset, String zone) {

    static final String EXAMPLE = "2025-03-18T00:00+03:00 (optionally followed by [Europe/Moscow]) or 2025-03-17T21:00:00Z";

    /** Parses the text, or throws {@link IllegalArgumentException} with a reason a person can act on. */
    static WrittenInstant parse(String text) {
        String trimmed = text.trim();
        try {
            ZonedDateTime zoned = ZonedDateTime.parse(trimmed, DateTimeFormatter.ISO_ZONED_DATE_TIME);
            String zone = trimmed.endsWith("]") ? zoned.getZone().getId() : null;
            return new WrittenInstant(zoned.toInstant(), zoned.getOffset(), zone);
        } catch (DateTimeParseException notZoned) {
            if (isLocal(trimmed)) {
                throw new IllegalArgumentException("'" + trimmed + "' has no time zone: write it with its offset, such as "
                        + EXAMPLE);
            }
            throw new IllegalArgumentException("'" + trimmed + "' is not an instant; write it as " + EXAMPLE);
        }
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date such as 2025-04-10");
        }
    }

    /** A named IANA zone ({@code Europe/Moscow}); a bare offset says nothing of summer time. */
    static ZoneId parseZone(String text) {
        ZoneId zone;
        try {
            zone = ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time zone; use an IANA id such as Europe/Moscow or Europe/Kyiv");
        }
        if (zone instanceof ZoneOffset) {
            throw new IllegalArgumentException("'" + text + "' is an offset, not a zone; use an IANA id such as Europe/Moscow");
        }
        return zone;
    }

    private static boolean isLocal(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException notADate) {
                return false;
            }
        }
    }
}
