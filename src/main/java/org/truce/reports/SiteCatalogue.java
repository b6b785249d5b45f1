package org.truce.reports;

import java.util.Optional;

import org.truce.shared.Viewer;

/**
 * The protected sites a report may name, as the sites feature provides them (an SPI: reports do
 * not depend on sites). Without an implementation every site id is refused as unknown.
 */
public interface SiteCatalogue {

    /** The site, when it exists and the submitter may see it; empty otherwise (never a hint which). */
    Optional<SiteFacts> visibleSite(String siteId, Viewer submitter);
}
