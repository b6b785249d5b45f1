package org.truce.agreement;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A free-text clause, in one or more languages. A clause that repeats a structured term in words
 * names it in {@code restates}, so the vagueness check can compare the words with the terms.
 *
 * @param id       short id, unique within the terms ({@code duration}, {@code c1})
 * @param texts    the clause by language tag ({@code en}, {@code uk}, {@code ru})
 * @param restates the structured term the clause restates and the value it gives it, or null
 */
public record Clause(String id, Map<String, String> texts, Restatement restates) {

    public Clause {
        texts = texts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(texts));
    }
}
