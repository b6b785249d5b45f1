package org.truce.access;

import static org.truce.shared.Role.MEDIATOR;
import static org.truce.shared.Role.MONITOR;
import static org.truce.shared.Role.PARTY;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.truce.shared.Role;

/**
 * Which roles may call each API endpoint at all; the first matching row decides, and an API path
 * no row names is refused. Within an endpoint the resource rules of {@link AccessRules} decide
 * what each viewer sees: "anyone" on a read means the public may call it and sees only what is
 * published.
 */
public final class Endpoints {

    private static final Set<Role> ANYONE = EnumSet.of(Role.PUBLIC);
    private static final Set<Role> SIGNED_IN = EnumSet.of(MEDIATOR, MONITOR, PARTY);

    public static final List<EndpointRule> TABLE = List.of(
            // method  path                                           who
            row("GET",  "/api/me",                                     SIGNED_IN),
            row("*",    "/api/accounts/**",                            EnumSet.of(MEDIATOR)),

            row("GET",  "/api/parties/**",                             ANYONE),
            row("POST", "/api/parties",                                EnumSet.of(MEDIATOR)),
            row("PUT",  "/api/parties/*/public-key",                   EnumSet.of(PARTY)),

            row("GET",  "/api/agreements/**",                          ANYONE),
            row("POST", "/api/agreements",                             EnumSet.of(MEDIATOR)),
            row("PUT",  "/api/agreements/*/draft",                     EnumSet.of(MEDIATOR)),
            row("POST", "/api/agreements/*/versions/*/signatures",     EnumSet.of(PARTY)),

            row("GET",  "/api/sites/clusters",                         SIGNED_IN),
            row("GET",  "/api/sites/**",                               SIGNED_IN),
            row("POST", "/api/sites",                                  EnumSet.of(MEDIATOR, PARTY)),
            row("POST", "/api/sites/import",                           EnumSet.of(MEDIATOR, PARTY)),
            row("POST", "/api/sites/*/status",                         EnumSet.of(MEDIATOR, PARTY)),
            row("POST", "/api/sites/*/control",                        EnumSet.of(MEDIATOR)),

            row("GET",  "/api/places/**",                              ANYONE),
            row("GET",  "/api/regions/**",                             ANYONE),

            row("GET",  "/api/reports/**",                             ANYONE),
            row("POST", "/api/reports",                                SIGNED_IN),
            row("POST", "/api/reports/bulk",                           SIGNED_IN),
            row("GET",  "/api/evidence/**",                            ANYONE),
            row("POST", "/api/evidence",                               SIGNED_IN),

            row("GET",  "/api/incidents/**",                           ANYONE),
            row("POST", "/api/incidents/merge",                        EnumSet.of(MEDIATOR, MONITOR)),
            row("POST", "/api/incidents/*/split",                      EnumSet.of(MEDIATOR, MONITOR)),
            row("POST", "/api/incidents/*/target",                     EnumSet.of(MEDIATOR, MONITOR)),
            row("POST", "/api/incidents/*/assessments",                EnumSet.of(MEDIATOR, MONITOR)),
            row("POST", "/api/incidents/*/put",                        EnumSet.of(MEDIATOR)),
            row("POST", "/api/incidents/*/replies",                    EnumSet.of(PARTY)),
            row("POST", "/api/incidents/rebuild",                      EnumSet.of(MEDIATOR, MONITOR)),
            row("GET",  "/api/assessments/**",                         ANYONE),
            row("PUT",  "/api/assessments/*",                          EnumSet.of(MEDIATOR, MONITOR)),
            row("POST", "/api/assessments/*/publish",                  EnumSet.of(MEDIATOR)),
            row("GET",  "/api/findings/**",                            ANYONE),
            row("GET",  "/api/queue",                                  EnumSet.of(MEDIATOR, MONITOR)),
            row("POST", "/api/queue/*/assignee",                       EnumSet.of(MEDIATOR, MONITOR)),
            row("GET",  "/api/alerts/**",                              EnumSet.of(MEDIATOR, MONITOR)),
            row("GET",  "/api/compliance/**",                          ANYONE),

            row("GET",  "/api/ledger/**",                              ANYONE),
            row("POST", "/api/ledger/checkpoint",                      EnumSet.of(MEDIATOR)),
            row("POST", "/api/ledger/checkpoint/cosign",               EnumSet.of(PARTY, MONITOR)),
            row("PUT",  "/api/ledger/cosigner-key",                    EnumSet.of(MONITOR)),

            row("GET",  "/api/talks/**",                               SIGNED_IN),
            row("*",    "/api/talks/**",                               SIGNED_IN)
    );

    private Endpoints() {
    }

    private static EndpointRule row(String method, String pattern, Set<Role> roles) {
        return new EndpointRule(method, pattern, roles);
    }
}
