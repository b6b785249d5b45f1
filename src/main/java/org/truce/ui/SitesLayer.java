package org.truce.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.truce.shared.Category;
import org.truce.shared.Role;
import org.truce.sites.Site;
import org.truce.sites.SiteStatus;

/**
 * The protected sites on the map: one point per site the viewer may see (a line or an area is
 * drawn at a point inside it), coloured by status, filtered by category, status and owner. The
 * public sees none, so the layer is offered to signed-in roles only.
 */
public final class SitesLayer {

    public static final String ID = "sites";
    public static final String URL = "/api/sites/clusters";
    /** The filter parameters; named for sites so that no other layer's filter of the same name joins them. */
    public static final String CATEGORY = "siteCategory";
    public static final String STATUS = "siteStatus";
    public static final String OWNER = "siteOwner";
    /** The parties of the case (DESIGN.md); a site of another owner shows when the owner filter is left whole. */
    static final List<String> PARTIES = List.of("UA", "RU");

    private static final Map<SiteStatus, String> COLOURS = Map.of(
            SiteStatus.NOMINATED, "#a87b12",
            SiteStatus.ACCEPTED, "#2e7d32",
            SiteStatus.CONTESTED, "#b5472f",
            SiteStatus.WITHDRAWN, "#7a828a");

    private SitesLayer() {
    }

    public static MapLayer layer() {
        List<LegendEntry> legend = Arrays.stream(SiteStatus.values())
                .map(status -> new LegendEntry(status.code(), "site.status." + status.code(), COLOURS.get(status)))
                .toList();
        List<FilterField> filters = List.of(
                new FilterField(STATUS, "sites.filter.status", Arrays.stream(SiteStatus.values())
                        .map(s -> new FilterField.Option(s.code(), "site.status." + s.code())).toList()),
                new FilterField(CATEGORY, "sites.filter.category", Arrays.stream(Category.values())
                        .map(c -> new FilterField.Option(c.code(), "category." + c.code())).toList()),
                new FilterField(OWNER, "sites.filter.owner", PARTIES.stream()
                        .map(p -> new FilterField.Option(p, "party." + p)).toList()));
        return MapLayer.of(ID, "map.sites", URL, EnumSet.of(Role.MEDIATOR, Role.MONITOR, Role.PARTY), 20)
                .withLegend(legend)
                .withFilters(filters);
    }

    /** The colour of a status on the map and in the tables. */
    public static String colour(SiteStatus status) {
        return COLOURS.get(status);
    }

    /** The site as a map point: its kind is its status; its tooltip its name; nothing the viewer may not see. */
    public static MapPoint point(Site site) {
        Geometry geometry = site.geometry();
        Point at = geometry instanceof Point point ? point : geometry.getInteriorPoint();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", site.name());
        properties.put("category", site.category().code());
        properties.put("owner", site.owner());
        properties.put("href", "/sites/" + site.id());
        return new MapPoint(site.id(), at.getX(), at.getY(), site.status().code(), properties);
    }
}
