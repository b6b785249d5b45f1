package org.truce.talks;

import java.util.Map;

/**
 * A clause of the single negotiating text, bound to an option of an issue (or to none, for a
 * preamble), with its status and its words by language.
 *
 * @param id     unique within the version ({@code duration})
 * @param issue  the issue it settles, or null
 * @param option the option it writes, or null (with {@code issue})
 * @param status agreed, contested, mediator's proposal
 * @param texts  by language; {@code en} required
 */
public record TextClause(String id, String issue, String option, ClauseStatus status, Map<String, String> texts) {

    public TextClause {
        texts = Localized.copy(texts);
    }

    public String text(String language) {
        return Localized.pick(texts, language);
    }
}
