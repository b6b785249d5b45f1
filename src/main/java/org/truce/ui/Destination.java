package org.truce.ui;

import static org.truce.shared.Role.MEDIATOR;
import static org.truce.shared.Role.MONITOR;
import static org.truce.shared.Role.PARTY;
import static org.truce.shared.Role.PUBLIC;

import java.util.EnumSet;
import java.util.Set;

import org.truce.shared.Role;

/**
 * The destinations of the web UI (the list), each with its agreed route and the roles
 * whose navigation lists it. A destination is only shown once its feature registers its page
 * ({@link #page()} as a bean): nothing links to a route that does not exist yet.
 */
public enum Destination {
    DASHBOARD("/dashboard", "nav.dashboard", EnumSet.of(MEDIATOR, MONITOR, PARTY)),
    MAP("/map", "nav.map", EnumSet.of(PUBLIC)),
    QUEUE("/queue", "nav.queue", EnumSet.of(MEDIATOR, MONITOR)),
    INCIDENTS("/incidents", "nav.incidents", EnumSet.of(MEDIATOR, MONITOR)),
    REPORT_FORM("/reports/new", "nav.reportForm", EnumSet.of(PARTY, MONITOR)),
    SITES("/sites", "nav.sites", EnumSet.of(PARTY, MEDIATOR, MONITOR)),
    AGREEMENTS("/agreements", "nav.agreements", EnumSet.of(PUBLIC)),
    FINDINGS("/findings", "nav.findings", EnumSet.of(PUBLIC)),
    COMPLIANCE("/compliance", "nav.compliance", EnumSet.of(PUBLIC)),
    TALKS("/talks", "nav.talks", EnumSet.of(MEDIATOR, PARTY)),
    LEDGER("/ledger", "nav.ledger", EnumSet.of(PUBLIC)),
    ACCOUNTS("/accounts", "nav.accounts", EnumSet.of(MEDIATOR));

    private final String path;
    private final String labelKey;
    private final Set<Role> roles;

    Destination(String path, String labelKey, Set<Role> roles) {
        this.path = path;
        this.labelKey = labelKey;
        this.roles = roles;
    }

    public String path() {
        return path;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The page to register once the destination's feature serves {@link #path()}. */
    public UiPage page() {
        return new UiPage(path, labelKey, roles, (ordinal() + 1) * 10);
    }
}
