package org.truce.shared;

/** The request is well formed but the current state forbids it (e.g. a version already signed). */
public final class Conflict extends Problem {

    private final String field;

    public Conflict(String field, String reason) {
        super(field == null ? reason : field + ": " + reason);
        this.field = field;
    }

    /** The field the conflict is about, or null when it concerns the resource as a whole. */
    public String field() {
        return field;
    }

    @Override
    public String title() {
        return "Conflict with the current state";
    }

    @Override
    public String type() {
        return "conflict";
    }
}
