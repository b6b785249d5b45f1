package org.truce.talks;

import java.time.Instant;
import java.util.Map;

/**
 * One event of the talks' timeline: scheduled, held, postponed, suspended, resumed, concluded,
 * failed, with its cause where there is one ("escalation: cross-border offensive into Kursk
 * region, 6 Aug 2024, not notified to the mediator").
 *
 * @param id         {@code tev_…}
 * @param talksId    the talks
 * @param kind       what happened
 * @param at         when, at the precision given (the first instant of the day or month)
 * @param precision  day, month, or "about" a month: what the sources allow
 * @param round      the round it concerns, or null
 * @param summaries  what happened, by language
 * @param causes     why (required for postponed, suspended, failed), by language; empty otherwise
 * @param source     where it is reported, in words, or null
 * @param recordedAt when recorded
 */
public record TimelineEvent(String id, String talksId, EventKind kind, Instant at, DatePrecision precision, Integer round,
                            Map<String, String> summaries, Map<String, String> causes, String source, Instant recordedAt) {

    public TimelineEvent {
        summaries = Localized.copy(summaries);
        causes = Localized.copy(causes);
    }

    public String summary(String language) {
        return Localized.pick(summaries, language);
    }

    public String cause(String language) {
        return Localized.pick(causes, language);
    }

    public boolean needsCause() {
        return kind == EventKind.POSTPONED || kind == EventKind.SUSPENDED || kind == EventKind.FAILED;
    }
}
