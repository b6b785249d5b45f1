package org.truce.access;

import static org.truce.access.Action.*;
import static org.truce.access.Condition.*;
import static org.truce.access.Kind.*;
import static org.truce.shared.Role.MEDIATOR;
import static org.truce.shared.Role.MONITOR;
import static org.truce.shared.Role.PARTY;

import java.util.EnumSet;
import java.util.List;

import org.truce.shared.NotFound;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/**
 * The authorization rules of DESIGN.md, written once. Anything not granted here is refused.
 *
 * <p>The parties are adversaries: confidential by default, shared by decision. A party that may
 * not read a resource is told it does not exist ({@link #requireVisible}), never that it is
 * forbidden. The mediator runs the instance and sees everything, but does not act for a party:
 * it cannot register a party's key, sign for it, reply for it or state its position.
 */
public final class AccessRules {

    /** Who may do what to which resource. */
    public static final List<Rule> RULES = List.of(
            // kind              action        role      condition
            new Rule(ACCOUNT,          MANAGE,       MEDIATOR, ALWAYS),

            new Rule(PARTY_LIST,       READ,         MEDIATOR, ALWAYS),
            new Rule(PARTY_LIST,       READ,         MONITOR,  ALWAYS),
            new Rule(PARTY_LIST,       READ,         PARTY,    ALWAYS),
            new Rule(PARTY_LIST,       READ,         Role.PUBLIC, ALWAYS),
            new Rule(PARTY_LIST,       MANAGE,       MEDIATOR, ALWAYS),

            new Rule(PARTY_KEY,        READ,         MEDIATOR, ALWAYS),
            new Rule(PARTY_KEY,        READ,         MONITOR,  ALWAYS),
            new Rule(PARTY_KEY,        READ,         PARTY,    ALWAYS),
            new Rule(PARTY_KEY,        READ,         Role.PUBLIC, ALWAYS),
            new Rule(PARTY_KEY,        REGISTER,     PARTY,    OWN),

            new Rule(AGREEMENT,        READ,         MEDIATOR, ALWAYS),
            new Rule(AGREEMENT,        READ,         MONITOR,  ALWAYS),
            new Rule(AGREEMENT,        READ,         PARTY,    CONCERNS_IT),
            new Rule(AGREEMENT,        READ,         PARTY,    PUBLISHED),
            new Rule(AGREEMENT,        READ,         Role.PUBLIC, PUBLISHED),
            new Rule(AGREEMENT,        DRAFT,        MEDIATOR, ALWAYS),
            new Rule(AGREEMENT,        SIGN,         PARTY,    CONCERNS_IT),

            new Rule(SITE,             READ,         MEDIATOR, ALWAYS),
            new Rule(SITE,             READ,         MONITOR,  ALWAYS),
            new Rule(SITE,             READ,         PARTY,    OWN),
            new Rule(SITE,             READ,         PARTY,    SHARED_WITH_IT),
            new Rule(SITE,             NOMINATE,     PARTY,    OWN),
            new Rule(SITE,             NOMINATE,     MEDIATOR, ALWAYS),
            new Rule(SITE,             DECIDE,       MEDIATOR, ALWAYS),
            new Rule(SITE,             CONTEST,      PARTY,    OTHERS_SHARED),
            new Rule(SITE,             WITHDRAW,     PARTY,    OWN),

            new Rule(REPORT,           READ,         MEDIATOR, ALWAYS),
            new Rule(REPORT,           READ,         MONITOR,  ALWAYS),
            new Rule(REPORT,           READ,         PARTY,    OWN),
            new Rule(REPORT,           READ,         PARTY,    SHARED_WITH_IT),
            new Rule(REPORT,           READ,         PARTY,    PUBLISHED),
            new Rule(REPORT,           READ,         Role.PUBLIC, PUBLISHED),
            new Rule(REPORT,           SUBMIT,       MEDIATOR, ALWAYS),
            new Rule(REPORT,           SUBMIT,       MONITOR,  ALWAYS),
            new Rule(REPORT,           SUBMIT,       PARTY,    OWN),
            new Rule(EVIDENCE,         READ,         MEDIATOR, ALWAYS),
            new Rule(EVIDENCE,         UPLOAD,       MEDIATOR, ALWAYS),
            new Rule(EVIDENCE,         UPLOAD,       MONITOR,  ALWAYS),
            new Rule(EVIDENCE,         UPLOAD,       PARTY,    ALWAYS),

            new Rule(INCIDENT,         READ,         MEDIATOR, ALWAYS),
            new Rule(INCIDENT,         READ,         MONITOR,  ALWAYS),
            new Rule(INCIDENT,         READ,         PARTY,    OWN),
            new Rule(INCIDENT,         READ,         PARTY,    SHARED_WITH_IT),
            new Rule(INCIDENT,         READ,         PARTY,    PUBLISHED),
            new Rule(INCIDENT,         READ,         Role.PUBLIC, PUBLISHED),
            new Rule(INCIDENT,         CORRELATE,    MEDIATOR, ALWAYS),
            new Rule(INCIDENT,         CORRELATE,    MONITOR,  ALWAYS),
            new Rule(INCIDENT,         PUT_TO_PARTY, MEDIATOR, ALWAYS),
            new Rule(ASSESSMENT,       READ,         MEDIATOR, ALWAYS),
            new Rule(ASSESSMENT,       READ,         MONITOR,  ALWAYS),
            new Rule(ASSESSMENT,       READ,         PARTY,    PUBLISHED),
            new Rule(ASSESSMENT,       READ,         Role.PUBLIC, PUBLISHED),
            new Rule(ASSESSMENT,       ASSESS,       MONITOR,  ALWAYS),
            new Rule(ASSESSMENT,       ASSESS,       MEDIATOR, ALWAYS),
            new Rule(ASSESSMENT,       PUBLISH,      MEDIATOR, ALWAYS),
            new Rule(REPLY,            READ,         MEDIATOR, ALWAYS),
            new Rule(REPLY,            READ,         MONITOR,  ALWAYS),
            new Rule(REPLY,            READ,         PARTY,    OWN),
            new Rule(REPLY,            READ,         PARTY,    PUBLISHED),
            new Rule(REPLY,            READ,         Role.PUBLIC, PUBLISHED),
            new Rule(REPLY,            RESPOND,      PARTY,    SHARED_WITH_IT),
            new Rule(ALERT,            READ,         MEDIATOR, ALWAYS),
            new Rule(ALERT,            READ,         MONITOR,  ALWAYS),

            new Rule(COMPLIANCE,       READ,         MEDIATOR, ALWAYS),
            new Rule(COMPLIANCE,       READ,         MONITOR,  ALWAYS),
            new Rule(COMPLIANCE,       READ,         PARTY,    PUBLISHED),
            new Rule(COMPLIANCE,       READ,         Role.PUBLIC, PUBLISHED),

            new Rule(LEDGER,           READ,         MEDIATOR, ALWAYS),
            new Rule(LEDGER,           READ,         MONITOR,  ALWAYS),
            new Rule(LEDGER,           READ,         PARTY,    ALWAYS),
            new Rule(LEDGER,           READ,         Role.PUBLIC, ALWAYS),
            new Rule(COSIGNATURE,      COSIGN,       PARTY,    ALWAYS),
            new Rule(COSIGNATURE,      COSIGN,       MONITOR,  ALWAYS),

            new Rule(TALKS,            READ,         MEDIATOR, ALWAYS),
            new Rule(TALKS,            READ,         MONITOR,  ALWAYS),
            new Rule(TALKS,            READ,         PARTY,    CONCERNS_IT),
            new Rule(TALKS,            MANAGE,       MEDIATOR, ALWAYS),
            new Rule(TALKS_POSITION,   READ,         MEDIATOR, ALWAYS),
            new Rule(TALKS_POSITION,   READ,         PARTY,    OWN),
            new Rule(TALKS_POSITION,   WRITE,        PARTY,    OWN),
            new Rule(TALKS_ANALYSIS,   READ,         MEDIATOR, ALWAYS),
            new Rule(TALKS_MESSAGE,    READ,         MEDIATOR, ALWAYS),
            new Rule(TALKS_MESSAGE,    READ,         PARTY,    CONCERNS_IT),
            new Rule(TALKS_MESSAGE,    SEND,         MEDIATOR, ALWAYS),
            new Rule(TALKS_MESSAGE,    SEND,         PARTY,    CONCERNS_IT),
            new Rule(TALKS_TEXT,       READ,         MEDIATOR, ALWAYS),
            new Rule(TALKS_TEXT,       READ,         PARTY,    SHARED_WITH_IT),
            new Rule(TALKS_TEXT,       WRITE,        MEDIATOR, ALWAYS),
            new Rule(TALKS_TEXT,       ANSWER,       PARTY,    CONCERNS_IT),
            new Rule(TALKS_COMMENT,    READ,         MEDIATOR, ALWAYS),
            new Rule(TALKS_COMMENT,    READ,         PARTY,    OWN),
            new Rule(TALKS_COMMENT,    WRITE,        PARTY,    CONCERNS_IT),
            new Rule(TALKS_ACCEPTANCE, READ,         MEDIATOR, ALWAYS),
            new Rule(TALKS_ACCEPTANCE, READ,         PARTY,    OWN),
            new Rule(TALKS_ACCEPTANCE, ANSWER,       PARTY,    CONCERNS_IT)
    );

    private AccessRules() {
    }

    public static boolean allows(Viewer viewer, Kind kind, Action action, Facts facts) {
        for (Rule rule : RULES) {
            if (rule.kind() == kind && rule.action() == action && rule.role() == viewer.role()
                    && rule.condition().holds(viewer, facts)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any rule could let this role do the action to some resource of the kind. */
    public static boolean roleMay(Role role, Kind kind, Action action) {
        return RULES.stream().anyMatch(r -> r.kind() == kind && r.action() == action && r.role() == role);
    }

    /** The roles any rule lets do the action to the kind, for the endpoint table. */
    public static EnumSet<Role> rolesFor(Kind kind, Action action) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        RULES.stream().filter(r -> r.kind() == kind && r.action() == action).forEach(r -> roles.add(r.role()));
        return roles;
    }

    /** Reading: answers "not found" when the viewer may not see it, so nothing hints that it exists. */
    public static void requireVisible(Viewer viewer, Kind kind, String id, Facts facts) {
        if (!allows(viewer, kind, READ, facts)) {
            throw new NotFound(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), id);
        }
    }

    /**
     * Acting on a resource the viewer can see: refused as forbidden when no rule allows it.
     * Call {@link #requireVisible} first where the resource itself may be confidential.
     */
    public static void require(Viewer viewer, Kind kind, Action action, Facts facts) {
        if (!allows(viewer, kind, action, facts)) {
            throw new org.truce.shared.Forbidden("a " + viewer.role().code() + " may not "
                    + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " this "
                    + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }
}
