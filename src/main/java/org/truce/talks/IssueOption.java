package org.truce.talks;

/**
 * One option of a {@link NegotiationIssue}, e.g. {@code d60} / "60 days" for the duration issue
 * of an energy moratorium.
 *
 * @param id    opaque identifier, unique within its issue
 * @param label human-readable text shown to the mediator
 */
public record IssueOption(String id, String label) {

    public IssueOption {
        Checks.requireText(id, "id");
        Checks.requireText(label, "label");
    }
}
