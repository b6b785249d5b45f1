package org.truce.shared;

/**
 * The viewer may see the resource but not do this to it. Never used where the resource's
 * existence itself is confidential: that is {@link NotFound}.
 */
public final class Forbidden extends Problem {

    public Forbidden(String reason) {
        super(reason);
    }

    @Override
    public String title() {
        return "Forbidden";
    }

    @Override
    public String type() {
        return "forbidden";
    }
}
