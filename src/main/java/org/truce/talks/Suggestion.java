package org.truce.talks;

import java.time.Instant;
import java.util.Map;

/**
 * A package the mediator offers both parties, as options only (never anyone's scores).
 *
 * @param id        {@code sug_…}
 * @param talksId   the talks
 * @param choices   issue id to option id
 * @param note      the mediator's words, or null
 * @param offeredAt when offered
 */
public record Suggestion(String id, String talksId, Map<String, String> choices, String note, Instant offeredAt) {
}
