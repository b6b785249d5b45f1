package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ZonedTimesTest {

    private static final Instant START = Instant.parse("2025-03-18T00:00:00Z");

    @Test
    void anInstantIsShownInTheReadersZoneWithTheZoneNamed() {
        ZonedTimes tokyo = new ZonedTimes(Locale.ENGLISH, ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.withZone(START)).matches("Mar 18, 2025, 9:00\\hAM \\(Asia/Tokyo, UTC\\+09:00\\)");
        ZonedTimes kyiv = new ZonedTimes(Locale.forLanguageTag("uk"), ZoneId.of("Europe/Kyiv"));
        assertThat(kyiv.dateTime(START)).isEqualTo("18 бер. 2025 р., 02:00");
        assertThat(kyiv.zoneLabel(Instant.parse("2025-07-01T00:00:00Z"))).isEqualTo("Europe/Kyiv, UTC+03:00");
        ZonedTimes moscow = new ZonedTimes(Locale.forLanguageTag("ru"), ZoneId.of("Europe/Moscow"));
        assertThat(moscow.dateTime(START)).isEqualTo("18 мар. 2025 г., 03:00");
        assertThat(new ZonedTimes(Locale.ENGLISH, ZoneId.of("UTC")).zoneLabel(START)).isEqualTo("UTC");
        assertThat(kyiv.iso(START)).isEqualTo("2025-03-18T00:00:00Z");
    }

    @Test
    void browsersZoneNamesAreReadAndTheOldNamesOfUkrainesZoneAreReplaced() {
        assertThat(ZonedTimes.zone("Europe/Kiev")).contains(ZoneId.of("Europe/Kyiv"));
        assertThat(ZonedTimes.zone("Europe/Zaporozhye")).contains(ZoneId.of("Europe/Kyiv"));
        assertThat(ZonedTimes.zone("Asia/Qatar")).contains(ZoneId.of("Asia/Qatar"));
        assertThat(ZonedTimes.zone("Mars/Olympus")).isEmpty();
        assertThat(ZonedTimes.zone("")).isEmpty();
        assertThat(ZonedTimes.zone(null)).isEmpty();
    }

    @Test
    void theLanguageIsTheFirstSupportedOneTheBrowserPrefers() {
        assertThat(Languages.preferred(List.of(Locale.GERMAN, Locale.forLanguageTag("ru-RU")))).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(Languages.preferred(List.of(Locale.forLanguageTag("uk-UA"), Locale.ENGLISH))).isEqualTo(Locale.forLanguageTag("uk"));
        assertThat(Languages.preferred(List.of(Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of("be")).isEmpty();
    }
}
