package org.truce.sites;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One nomination as it arrives, before validation: a JSON body, a CSV row or a GeoJSON feature.
 * Values are kept as text (a CSV cell) so that validation can say what was wrong with each; the
 * place is either a GeoJSON {@code geometry} or {@code latitude} and {@code longitude}.
 */
public record SiteInput(String name, String category, String kind, JsonNode geometry, String latitude,
                        String longitude, String country, String owner, String capacityMw, String source,
                        String sourceRef, String controlContested, String controlReason) {

    /** The fields a nomination may carry (camelCase; CSV columns are the snake_case forms). */
    public static final List<String> FIELDS = List.of("name", "category", "kind", "geometry",
            "latitude", "longitude", "country", "owner", "capacityMw", "source", "sourceRef", "controlContested",
            "controlReason");
}
