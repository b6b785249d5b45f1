package org.truce.talks;

import java.util.Arrays;

/**
 * A whole deal: one option per issue, as the option index for each issue in agenda order.
 * Compact on purpose: the package space of an agenda is the mixed-radix product of its issues'
 * option counts, and {@link NegotiationAgenda#indexOf(NegotiationPackage)} /
 * {@link NegotiationAgenda#packageAt(long)} convert between a package and its index there. Whether the
 * indices fit a given agenda is checked by the agenda ({@link NegotiationAgenda#requireValid}).
 *
 * <p>Immutable: the array is copied in and out; equality is by content.
 *
 * @param choices for each issue (agenda order) the index of the chosen option
 */
public record NegotiationPackage(int[] choices) {

    public NegotiationPackage {
        Checks.requireNonNull(choices, "choices");
        if (choices.length == 0) {
            throw Checks.invalid("choices", "a package needs one choice per issue, got none");
        }
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] < 0) {
                throw Checks.invalid("choices[" + i + "]", "must be >= 0, got " + choices[i]);
            }
        }
        choices = choices.clone();
    }

    public static NegotiationPackage of(int... choices) {
        return new NegotiationPackage(choices);
    }

    /** A copy of the option indices, one per issue. */
    @Override
    public int[] choices() {
        return choices.clone();
    }

    /** The chosen option index for the issue at {@code issueIndex}. */
    public int choice(int issueIndex) {
        return choices[issueIndex];
    }

    public int size() {
        return choices.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NegotiationPackage that && Arrays.equals(choices, that.choices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(choices);
    }

    @Override
    public String toString() {
        return "NegotiationPackage" + Arrays.toString(choices);
    }
}
