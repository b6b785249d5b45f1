package org.truce.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * When a report says the event happened, as an interval the verification engine can compare
 * with an agreement's window: {@code earliest} inclusive, {@code latest} exclusive (for an exact
 * instant both are that instant).
 *
 * @param precision exact, day, week or month
 * @param instant   the instant given, for {@link TimePrecision#EXACT}; otherwise null
 * @param date      the local date given, for day, week and month; otherwise null
 * @param zone      the time zone the local date was read in (IANA id); null for an instant
 * @param earliest  the first instant the event may have happened at
 * @param latest    the end of the interval (exclusive unless equal to earliest)
 */
public record ReportTime(TimePrecision precision, Instant instant, LocalDate date, String zone,
                         Instant earliest, Instant latest) {

    public static ReportTime exact(Instant instant) {
        return new ReportTime(TimePrecision.EXACT, instant, null, null, instant, instant);
    }

    /** A local date read in a zone: the day, the week centred on it, or its calendar month. */
    public static ReportTime local(LocalDate date, TimePrecision precision, ZoneId zone) {
        LocalDate first;
        LocalDate afterLast;
        switch (precision) {
            case DAY -> {
                first = date;
                afterLast = date.plusDays(1);
            }
            case WEEK -> {
                first = date.minusDays(3);
                afterLast = date.plusDays(4);
            }
            case MONTH -> {
                first = date.with(TemporalAdjusters.firstDayOfMonth());
                afterLast = first.plusMonths(1);
            }
            default -> throw new IllegalArgumentException("a local date is read at day, week or month precision");
        }
        return new ReportTime(precision, null, date, zone.getId(), first.atStartOfDay(zone).toInstant(),
                afterLast.atStartOfDay(zone).toInstant());
    }

    /** Whether the event may have happened at some instant of [from, to]; null bounds are open. */
    public boolean overlaps(Instant from, Instant to) {
        boolean afterFrom = from == null || (precision == TimePrecision.EXACT ? !latest.isBefore(from) : latest.isAfter(from));
        boolean beforeTo = to == null || !earliest.isAfter(to);
        return afterFrom && beforeTo;
    }

    /** Whether the event may have happened at this instant. */
    public boolean mayContain(Instant moment) {
        return precision == TimePrecision.EXACT ? earliest.equals(moment)
                : !moment.isBefore(earliest) && moment.isBefore(latest);
    }
}
