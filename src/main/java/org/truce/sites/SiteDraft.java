package org.truce.sites;

import org.locationtech.jts.geom.Geometry;
import org.truce.shared.Category;
import org.truce.shared.PowerPlantKind;

/** A validated nomination, not yet stored: everything a site is given when it is nominated. */
public record SiteDraft(String name, Category category, PowerPlantKind kind, Geometry geometry, String country,
                        String owner, Double capacityMw, String source, String sourceRef,
                        boolean controlContested, String controlReason) {
}
