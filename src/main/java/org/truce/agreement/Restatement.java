package org.truce.agreement;

import tools.jackson.databind.JsonNode;

/**
 * The structured claim a clause makes: which term ({@link RestatedTerm} code, e.g. {@code duration})
 * and the value the clause gives it (e.g. {@code "P30D"}, or a list of categories).
 */
public record Restatement(String term, JsonNode value) {
}
