package org.truce.access;

import java.util.List;

/**
 * Access rules for paths outside the API (the web UI's pages), contributed by the module that
 * serves them: an SPI implemented higher up, so that one security configuration applies every
 * rule. A rule's path may not lie under {@code /api/}: the API's rows live in {@link Endpoints}.
 */
public interface PathRules {

    List<EndpointRule> rules();
}
