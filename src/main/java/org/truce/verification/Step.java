package org.truce.verification;

import java.util.Collections;
import java.util.Map;

/**
 * One test of a determination and what came of it.
 *
 * @param test    {@code time}, {@code place}, {@code target}, {@code means_and_outcome} or {@code verdict}
 * @param outcome the test's answer, a code ({@code inside}, {@code after_window}, {@code undecidable},
 *                {@code protected}, {@code not_energy_infrastructure}, {@code potential_violation}…)
 * @param facts   the facts the test used, by name, in the order they were used (JSON values:
 *                strings, numbers, booleans, lists and maps of them)
 */
public record Step(String test, String outcome, Map<String, Object> facts) {

    public static final String TIME = "time";
    public static final String PLACE = "place";
    public static final String TARGET = "target";
    public static final String MEANS_AND_OUTCOME = "means_and_outcome";
    public static final String VERDICT = "verdict";

    public Step {
        // the engine hands over a fresh map per step: wrapped, not copied (a million determinations)
        facts = Collections.unmodifiableMap(facts);
    }
}
