package org.truce.shared;

/**
 * A refusal the caller can act on. The web edge turns each kind into an RFC 9457 problem
 * document; the core throws them without knowing about HTTP.
 */
public abstract sealed class Problem extends RuntimeException
        permits InvalidInput, NotFound, Conflict, Forbidden, TooLarge {

    protected Problem(String message) {
        super(message, null, false, false);
    }

    /** Short, stable, human-readable summary of the kind of problem (the RFC 9457 title). */
    public abstract String title();

    /** A short slug naming the problem type, e.g. {@code invalid-input}. */
    public abstract String type();
}
