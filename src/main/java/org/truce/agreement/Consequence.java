package org.truce.agreement;

/**
 * What a violation entails.
 *
 * @param kind what follows, for the machine
 * @param text the same in the parties' words (optional; required for {@code other})
 */
public record Consequence(ConsequenceKind kind, String text) {
}
