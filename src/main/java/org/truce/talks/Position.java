package org.truce.talks;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A party's private position, Inspire style: 100 points over the issues, each option rated 0-100
 * within its issue, a reservation value (walk-away), red-line options, and its holistic ratings
 * of a few whole packages. Only that party and the mediator ever read it.
 *
 * @param id               {@code pos_…}
 * @param talksId          the talks
 * @param party            whose position
 * @param weights          issue id to points; sum 100
 * @param ratings          issue id to option id to 0-100; the best option of each issue 100
 * @param reservationValue walk-away utility 0-100
 * @param redLines         issue id to option ids the party will not accept
 * @param holistic         the party's direct ratings of whole packages
 * @param illustrative     true for invented demo positions (never a party's real position)
 * @param statedAt         when stated
 */
public record Position(String id, String talksId, String party, Map<String, Integer> weights,
                       Map<String, Map<String, Integer>> ratings, int reservationValue, Map<String, List<String>> redLines,
                       List<HolisticInput> holistic, boolean illustrative, Instant statedAt) {

    public Position {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
        redLines = redLines == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(redLines));
        holistic = holistic == null ? List.of() : List.copyOf(holistic);
    }

    /** A package (issue id to option id) and the party's rating of it, 0-100. */
    public record HolisticInput(Map<String, String> choices, int rating) {
    }
}
