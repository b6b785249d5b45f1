package org.truce.sites;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Viewer;

/**
 * Which sites a viewer may see, decided by {@link AccessRules} from the site's owner and whether
 * the agreement exchanges the owner's list with the viewer's party ({@link SiteListExchange}:
 * every implementation is asked, none means never exchanged).
 */
public final class SiteVisibility {

    private final Iterable<SiteListExchange> exchanges;

    public SiteVisibility(Iterable<SiteListExchange> exchanges) {
        this.exchanges = exchanges;
    }

    /** What the rules need to know about a site of this owner, as this viewer asks. */
    public Facts facts(Viewer viewer, String owner) {
        Facts facts = Facts.ownedBy(owner);
        String party = viewer.party();
        if (party != null && !party.equals(owner) && exchanged(owner, party)) {
            facts = facts.sharedWith(Set.of(party));
        }
        return facts;
    }

    public boolean sees(Viewer viewer, String owner) {
        return AccessRules.allows(viewer, Kind.SITE, Action.READ, facts(viewer, owner));
    }

    /** A filter for one request: the answer depends only on the owner, so it is asked once per owner. */
    public Filter forViewer(Viewer viewer) {
        return new Filter(viewer);
    }

    public final class Filter {
        private final Viewer viewer;
        private final Map<String, Boolean> byOwner = new HashMap<>();

        private Filter(Viewer viewer) {
            this.viewer = viewer;
        }

        public boolean sees(Site site) {
            return byOwner.computeIfAbsent(site.owner(), owner -> SiteVisibility.this.sees(viewer, owner));
        }
    }

    private boolean exchanged(String owner, String party) {
        for (SiteListExchange exchange : exchanges) {
            if (exchange.listsExchanged(owner, party)) {
                return true;
            }
        }
        return false;
    }
}
