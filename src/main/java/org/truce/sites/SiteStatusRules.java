package org.truce.sites;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Conflict;
import org.truce.shared.InvalidInput;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/**
 * Who may move a site to which status, and from where: nominated → accepted | contested, a
 * contested site may still be accepted by the mediator, an accepted one contested, and the owner
 * may withdraw it at any point; withdrawn is final.
 */
final class SiteStatusRules {

    private static final Map<SiteStatus, Set<SiteStatus>> FROM = Map.of(
            SiteStatus.ACCEPTED, EnumSet.of(SiteStatus.NOMINATED, SiteStatus.CONTESTED),
            SiteStatus.CONTESTED, EnumSet.of(SiteStatus.NOMINATED, SiteStatus.ACCEPTED),
            SiteStatus.WITHDRAWN, EnumSet.of(SiteStatus.NOMINATED, SiteStatus.ACCEPTED, SiteStatus.CONTESTED));

    private SiteStatusRules() {
    }

    /** Refuses (403) a viewer who may see the site but not move it to this status. */
    static void requireAllowed(Viewer viewer, Site site, SiteStatus target, Facts facts) {
        Action action = switch (target) {
            case ACCEPTED -> Action.DECIDE;
            case CONTESTED -> viewer.is(Role.PARTY) ? Action.CONTEST : Action.DECIDE;
            case WITHDRAWN -> Action.WITHDRAW;
            case NOMINATED -> throw new IllegalArgumentException("nominated is not a transition");
        };
        AccessRules.require(viewer, Kind.SITE, action, facts);
    }

    /** The reason as recorded: required to contest, optional otherwise. */
    static String reason(SiteStatus target, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (target == SiteStatus.CONTESTED && why == null) {
            throw InvalidInput.of("reason", "required to contest a site: say why");
        }
        if (why != null && why.length() > SiteValidation.MAX_REASON) {
            throw InvalidInput.of("reason", "at most " + SiteValidation.MAX_REASON + " characters");
        }
        return why;
    }

    static void requireTransition(SiteStatus current, SiteStatus target) {
        if (!FROM.get(target).contains(current)) {
            throw new Conflict("status", "the site is " + current.code() + "; it cannot become " + target.code());
        }
    }
}
