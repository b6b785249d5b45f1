package org.truce.ui;

import java.util.Map;

/**
 * One point for a map overlay: an incident, a site… {@code kind} is its class on the layer's
 * legend (a verdict, a grade, a status); {@code properties} go to the client as they are when the
 * point is drawn alone (a title, a time): put there only what the viewer may see.
 */
public record MapPoint(String id, double longitude, double latitude, String kind, Map<String, Object> properties) {

    public MapPoint {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public MapPoint(String id, double longitude, double latitude, String kind) {
        this(id, longitude, latitude, kind, Map.of());
    }
}
