package org.truce.shared;

/** The input exceeds a size limit; nothing was written. */
public final class TooLarge extends Problem {

    private final String field;

    public TooLarge(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public String title() {
        return "Input too large";
    }

    @Override
    public String type() {
        return "too-large";
    }
}
