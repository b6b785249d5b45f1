package org.truce.shared;

/**
 * Nothing the viewer may see answers to this id. Also what a party gets for another party's
 * confidential resource: the answer must not hint that it exists.
 */
public final class NotFound extends Problem {

    public NotFound(String kind, String id) {
        super("no " + kind + " '" + id + "'");
    }

    @Override
    public String title() {
        return "Not found";
    }

    @Override
    public String type() {
        return "not-found";
    }
}
