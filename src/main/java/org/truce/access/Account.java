package org.truce.access;

import java.time.Instant;

import org.truce.shared.Role;
import org.truce.shared.Viewer;

/** An account as the mediator manages it; credentials are never part of it. */
public record Account(String id, String username, Role role, String party, String displayName, Instant createdAt) {

    public Viewer viewer() {
        return new Viewer(id, username, role, party);
    }
}
