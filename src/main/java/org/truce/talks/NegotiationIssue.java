package org.truce.talks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One issue on the table, with its options in a fixed order (the order is the option's index in a
 * {@link NegotiationPackage}).
 *
 * @param id      opaque identifier, unique within the agenda
 * @param title   human-readable title, e.g. "Duration"
 * @param options at least one option, ids unique within the issue
 */
public record NegotiationIssue(String id, String title, List<IssueOption> options) {

    public NegotiationIssue {
        Checks.requireText(id, "id");
        Checks.requireText(title, "title");
        Checks.requireNonNull(options, "options");
        if (options.isEmpty()) {
            throw Checks.invalid("options", "issue " + Checks.quote(id) + " needs at least one option");
        }
        Set<String> seen = new HashSet<>();
        List<IssueOption> copy = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            IssueOption option = Checks.requireNonNull(options.get(i), "options[" + i + "]");
            if (!seen.add(option.id())) {
                throw Checks.invalid("options", "duplicate option id " + Checks.quote(option.id())
                        + " in issue " + Checks.quote(id));
            }
            copy.add(option);
        }
        options = List.copyOf(copy);
    }

    /** Convenience: {@code NegotiationIssue.of("duration", "Duration", new IssueOption("d30", "30 days"), ...)}. */
    public static NegotiationIssue of(String id, String title, IssueOption... options) {
        return new NegotiationIssue(id, title, List.of(options));
    }

    public int optionCount() {
        return options.size();
    }

    public IssueOption option(int index) {
        return options.get(index);
    }

    /** Index of the option with this id, or -1 when the issue has no such option. */
    public int indexOfOption(String optionId) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(optionId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<IssueOption> findOption(String optionId) {
        int index = indexOfOption(optionId);
        return index < 0 ? Optional.empty() : Optional.of(options.get(index));
    }
}
