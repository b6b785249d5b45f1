package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** A report's time as the interval the verification engine compares with an agreement's window. */
class ReportTimeTest {

    @Test
    void aLocalDayIsItsMidnightsInTheZoneOfThePlace() {
        ReportTime kyiv = ReportTime.local(LocalDate.of(2025, 3, 18), TimePrecision.DAY, ZoneId.of("Europe/Kyiv"));
        assertThat(kyiv.earliest()).isEqualTo(Instant.parse("2025-03-17T22:00:00Z"));
        assertThat(kyiv.latest()).isEqualTo(Instant.parse("2025-03-18T22:00:00Z"));
        // Kyiv moves to summer time on 30 March 2025: that day has 23 hours
        ReportTime change = ReportTime.local(LocalDate.of(2025, 3, 30), TimePrecision.DAY, ZoneId.of("Europe/Kyiv"));
        assertThat(change.latest().getEpochSecond() - change.earliest().getEpochSecond()).isEqualTo(23 * 3600);
    }

    @Test
    void aWeekIsCentredOnTheDateAndAMonthIsTheCalendarMonth() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        ReportTime week = ReportTime.local(LocalDate.of(2025, 3, 21), TimePrecision.WEEK, moscow);
        assertThat(week.earliest()).isEqualTo(Instant.parse("2025-03-17T21:00:00Z"));
        assertThat(week.latest()).isEqualTo(Instant.parse("2025-03-24T21:00:00Z"));
        ReportTime month = ReportTime.local(LocalDate.of(2025, 4, 15), TimePrecision.MONTH, moscow);
        assertThat(month.earliest()).isEqualTo(Instant.parse("2025-03-31T21:00:00Z"));
        assertThat(month.latest()).isEqualTo(Instant.parse("2025-04-30T21:00:00Z"));
    }

    @Test
    void overlapAndContainmentFollowTheHalfOpenInterval() {
        ReportTime day = ReportTime.local(LocalDate.of(2025, 3, 18), TimePrecision.DAY, ZoneId.of("UTC"));
        assertThat(day.overlaps(Instant.parse("2025-03-18T23:59:59Z"), null)).isTrue();
        assertThat(day.overlaps(Instant.parse("2025-03-19T00:00:00Z"), null)).isFalse();
        assertThat(day.overlaps(null, Instant.parse("2025-03-18T00:00:00Z"))).isTrue();
        assertThat(day.mayContain(Instant.parse("2025-03-19T00:00:00Z"))).isFalse();
        ReportTime exact = ReportTime.exact(Instant.parse("2025-03-18T12:00:00Z"));
        assertThat(exact.overlaps(Instant.parse("2025-03-18T12:00:00Z"), Instant.parse("2025-03-18T12:00:00Z"))).isTrue();
        assertThat(exact.mayContain(Instant.parse("2025-03-18T12:00:00Z"))).isTrue();
    }

    @Test
    void acledCodesAreReadAsPrecisions() {
        assertThat(TimePrecision.byCode("1")).contains(TimePrecision.DAY);
        assertThat(TimePrecision.byCode("2")).contains(TimePrecision.WEEK);
        assertThat(TimePrecision.byCode("3")).contains(TimePrecision.MONTH);
        assertThat(GeoPrecision.byCode("1")).contains(GeoPrecision.TOWN);
        assertThat(GeoPrecision.byCode("3")).contains(GeoPrecision.REGION);
        assertThat(TimePrecision.byCode("fortnight")).isEmpty();
    }
}
