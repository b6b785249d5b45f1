package org.truce.talks;

import java.util.Map;

/**
 * An option of an issue as the talks store it: an id, its label in the parties' languages, and
 * what it writes into the agreement terms.
 *
 * @param id     unique within its issue ({@code d30})
 * @param labels by language; {@code en} required
 * @param terms  its effect on the agreement terms; {@link TermsEffect#NONE} when it has none
 */
public record AgendaOption(String id, Map<String, String> labels, TermsEffect terms) {

    public AgendaOption {
        labels = Localized.copy(labels);
        terms = terms == null ? TermsEffect.NONE : terms;
    }

    public String label(String language) {
        return Localized.pick(labels, language);
    }
}
