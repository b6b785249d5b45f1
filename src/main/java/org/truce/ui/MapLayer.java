package org.truce.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.truce.shared.Role;

/**
 * An overlay on the map page (incidents, protected sites…), registered as a bean by the feature
 * that owns the data; the map shows each layer to the roles named.
 *
 * <p>The layer's endpoint ({@code url}) answers {@code GET url?bbox=west,south,east,north&zoom=Z}
 * (plus {@code from}, {@code to} as ISO-8601 instants when the layer has a time window, and one
 * parameter per filter field, repeated for each checked value; a filter with no value checked is
 * sent once, empty, and matches nothing; a filter left out is not restricted) with a GeoJSON
 * FeatureCollection of points as {@link ClusterGeoJson} writes it from {@link GridClustering}.
 *
 * @param window the time slider's range, when the layer's points have a time (asked at each render)
 */
public record MapLayer(String id, String labelKey, String url, Set<Role> roles, int order,
                       List<LegendEntry> legend, List<FilterField> filters, Supplier<Optional<TimeWindow>> window) {

    public MapLayer {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a layer id is lower-case letters, digits and '-': " + id);
        }
        roles = Set.copyOf(roles);
        legend = List.copyOf(legend);
        filters = List.copyOf(filters);
    }

    public static MapLayer of(String id, String labelKey, String url, Set<Role> roles, int order) {
        return new MapLayer(id, labelKey, url, roles, order, List.of(), List.of(), Optional::empty);
    }

    public MapLayer withLegend(List<LegendEntry> entries) {
        return new MapLayer(id, labelKey, url, roles, order, entries, filters, window);
    }

    public MapLayer withFilters(List<FilterField> fields) {
        return new MapLayer(id, labelKey, url, roles, order, legend, fields, window);
    }

    public MapLayer withTimeWindow(Supplier<Optional<TimeWindow>> source) {
        return new MapLayer(id, labelKey, url, roles, order, legend, filters, source);
    }

    public boolean visibleTo(Role role) {
        return roles.contains(Role.PUBLIC) || roles.contains(role);
    }
}
