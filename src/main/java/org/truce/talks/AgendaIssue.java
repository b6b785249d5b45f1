package org.truce.talks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issue on the table as the talks store it.
 *
 * @param id      unique within the agenda ({@code duration})
 * @param titles  by language; {@code en} required
 * @param options at least two, ids unique within the issue
 */
public record AgendaIssue(String id, Map<String, String> titles, List<AgendaOption> options) {

    public AgendaIssue {
        titles = Localized.copy(titles);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public String title(String language) {
        return Localized.pick(titles, language);
    }

    public Optional<AgendaOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
