package org.truce.sites;

import org.truce.shared.Role;
import org.truce.shared.Viewer;

/**
 * Who did something to a site, as recorded with it: the account, its role and, for a party
 * account, the party it spoke for.
 */
public record Actor(String accountId, Role role, String party) {

    public static Actor of(Viewer viewer) {
        return new Actor(viewer.accountId(), viewer.role(), viewer.party());
    }
}
