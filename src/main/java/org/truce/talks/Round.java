package org.truce.talks;

import java.time.Instant;
import java.util.Map;

/**
 * A round of the talks.
 *
 * @param id         {@code rnd_…}
 * @param talksId    the talks
 * @param number     1, 2, … in the order the mediator added them
 * @param titles     its name by language
 * @param format     shuttle, proximity, face to face, video
 * @param venue      where
 * @param plannedFor when it was planned, at the precision given
 * @param precision  how precisely {@code plannedFor} is known
 * @param recordedAt when recorded
 */
public record Round(String id, String talksId, int number, Map<String, String> titles, RoundFormat format, String venue,
                    Instant plannedFor, DatePrecision precision, Instant recordedAt) {

    public Round {
        titles = Localized.copy(titles);
    }

    public String title(String language) {
        return Localized.pick(titles, language);
    }
}
