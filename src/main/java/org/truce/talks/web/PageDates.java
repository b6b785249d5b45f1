package org.truce.talks.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.truce.talks.DatePrecision;

/**
 * Dates of the talks at the precision the sources allow, in the talks' zone (a day is the day it
 * was where the talks are, wherever the reader is): "6 August 2024", "August 2024", "about June 2024".
 */
final class PageDates {

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    PageDates(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    public String format(Instant at, DatePrecision precision) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(zone);
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(local);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(local);
            case ABOUT_MONTH -> messages.getMessage("talks.date.about",
                    new Object[] {DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(local)}, locale);
        };
    }
}
