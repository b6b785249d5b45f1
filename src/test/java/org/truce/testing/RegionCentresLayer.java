package org.truce.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.geo.Region;
import org.truce.geo.Regions;
import org.truce.shared.Role;
import org.truce.ui.BoundingBox;
import org.truce.ui.ClusterGeoJson;
import org.truce.ui.FilterField;
import org.truce.ui.GridClustering;
import org.truce.ui.LegendEntry;
import org.truce.ui.MapLayer;
import org.truce.ui.MapPoint;
import org.truce.ui.TimeWindow;

import tools.jackson.databind.node.ObjectNode;

/**
 * A map layer that exists only in the tests (test classpath): one point inside each shipped
 * first-level region, of kind {@code UA} or {@code RU}, spread evenly over a 30-day window, served
 * through the product's clustering exactly as a feature's layer would be. It lets the browser
 * tests exercise the overlay, the time slider and the filter panel without inventing incidents.
 */
@RestController
public class RegionCentresLayer {

    public static final String URL = "/testing/region-centres";
    public static final TimeWindow WINDOW = new TimeWindow(Instant.parse("2025-03-18T00:00:00Z"),
            Instant.parse("2025-04-17T00:00:00Z"));

    private final List<Stamped> points = new ArrayList<>();

    public RegionCentresLayer(Regions regions) {
        List<Region> admin1 = regions.all().stream().filter(r -> r.level() == Region.Level.ADMIN1)
                .sorted(Comparator.comparing(Region::id)).toList();
        Duration step = Duration.between(WINDOW.from(), WINDOW.to()).dividedBy(Math.max(1, admin1.size() - 1));
        for (int i = 0; i < admin1.size(); i++) {
            Region region = admin1.get(i);
            var inside = region.geometry().getInteriorPoint();
            points.add(new Stamped(new MapPoint(region.id(), inside.getX(), inside.getY(), region.country(),
                    Map.of("title", region.nameEn())), WINDOW.from().plus(step.multipliedBy(i))));
        }
    }

    /** How many points the layer holds (every shipped first-level region). */
    public int size() {
        return points.size();
    }

    /** Registers the layer on the map page (test classpath only). */
    @Configuration
    static class Registration {

        @Bean
        MapLayer regionCentres() {
            return layer();
        }
    }

    static MapLayer layer() {
        return MapLayer.of("region-centres", "Region centres (test layer)", URL, EnumSet.of(Role.PUBLIC), 1000)
                .withLegend(List.of(new LegendEntry("UA", "party.UA", "#1f5f8b"),
                        new LegendEntry("RU", "party.RU", "#b5472f")))
                .withFilters(List.of(new FilterField("country", "accounts.party", List.of(
                        new FilterField.Option("UA", "party.UA"), new FilterField.Option("RU", "party.RU")))))
                .withTimeWindow(() -> Optional.of(WINDOW));
    }

    @GetMapping(URL)
    ObjectNode clusters(@RequestParam String bbox, @RequestParam int zoom, @RequestParam(required = false) Instant from,
                        @RequestParam(required = false) Instant to, @RequestParam(required = false) List<String> country) {
        BoundingBox box = BoundingBox.parse(bbox);
        List<MapPoint> selected = points.stream()
                .filter(p -> from == null || !p.at().isBefore(from))
                .filter(p -> to == null || !p.at().isAfter(to))
                .filter(p -> country == null || country.contains(p.point().kind()))
                .map(Stamped::point).toList();
        return ClusterGeoJson.write(GridClustering.cluster(selected, box, zoom));
    }

    private record Stamped(MapPoint point, Instant at) {
    }
}
