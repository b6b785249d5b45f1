package org.truce.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.truce.geo.GeoJson;
import org.truce.geo.Geodesy;
import org.truce.shared.Category;
import org.truce.shared.Role;

/** The in-memory index answers exactly what a scan of every site with exact distances answers. */
class SiteIndexTest {

    private static final Actor MEDIATOR = new Actor("acc_test", Role.MEDIATOR, null);
    private static final Instant AT = Instant.parse("2025-03-18T00:00:00Z");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20250318, 777})
    void nearAPointFindsWhatABruteForceScanFinds(long seed) {
        Random random = new Random(seed);
        Indexed indexed = indexed(randomSites(3000, random));
        int found = 0;
        for (int q = 0; q < 300; q++) {
            double lat = 47 + random.nextDouble() * 6;
            double lon = 30 + random.nextDouble() * 8;
            double radius = random.nextInt(4) == 0 ? random.nextDouble() * 200_000 : random.nextDouble() * 20_000;
            Point centre = GeoJson.point(lon, lat);
            List<String> expected = matching(indexed, g -> Geodesy.distanceMetres(centre, g) <= radius);
            found += expected.size();
            List<SiteHit> hits = indexed.index().within(lat, lon, radius);
            assertThat(hits.stream().map(h -> h.site().id()).sorted().toList())
                    .as("seed %d, query %d: %.5f,%.5f r=%.1f", seed, q, lat, lon, radius).isEqualTo(expected);
            assertThat(hits).as("nearest first, seed %d", seed)
                    .isSortedAccordingTo(Comparator.comparingDouble(SiteHit::distanceMetres));
        }
        assertThat(found).as("the random queries must find sites at all, seed %d", seed).isGreaterThan(300);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void nearALineOrAnAreaFindsWhatABruteForceScanFinds(long seed) {
        Random random = new Random(seed);
        Indexed indexed = indexed(randomSites(2000, random));
        for (int q = 0; q < 100; q++) {
            double lat = 47 + random.nextDouble() * 6;
            double lon = 30 + random.nextDouble() * 8;
            Geometry place = q % 2 == 0 ? line(lat, lon, random) : square(lat, lon, 0.05 + random.nextDouble() * 0.2);
            double radius = random.nextDouble() * 30_000;
            List<String> expected = matching(indexed, g -> distance(g, place) <= radius);
            assertThat(indexed.index().within(place, radius).stream().map(h -> h.site().id()).sorted().toList())
                    .as("seed %d, query %d: %s r=%.1f", seed, q, place, radius).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void aBoxFindsWhatABruteForceScanFinds(long seed) {
        Random random = new Random(seed);
        Indexed indexed = indexed(randomSites(3000, random));
        int found = 0;
        for (int q = 0; q < 200; q++) {
            double west = 29 + random.nextDouble() * 9;
            double south = 46 + random.nextDouble() * 7;
            double width = random.nextInt(4) == 0 ? random.nextDouble() * 5 : random.nextDouble() * 0.3;
            double height = random.nextDouble() * width * 1.5;
            org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope(west, west + width, south, south + height);
            Geometry boxGeometry = GeoJson.FACTORY.toGeometry(box);
            List<String> expected = matching(indexed, g -> boxGeometry.intersects(g));
            found += expected.size();
            assertThat(indexed.index().intersecting(box).stream().map(s -> s.id()).toList())
                    .as("seed %d, box %d: %s", seed, q, box).isEqualTo(expected);
        }
        assertThat(found).as("the random boxes must hold sites at all, seed %d", seed).isGreaterThan(200);
    }

    /** Random sites, their index and their parsed geometries, for the brute-force comparisons. */
    private record Indexed(List<Nomination> sites, SiteIndex index, List<Geometry> geometries) {
    }

    private static Indexed indexed(List<Nomination> sites) {
        return new Indexed(sites, indexOf(sites), sites.stream().map(Nomination::parsedGeometry).toList());
    }

    /** The brute-force answer: the ids of the sites whose geometry matches, in id order. */
    private static List<String> matching(Indexed indexed, java.util.function.Predicate<Geometry> matches) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < indexed.sites().size(); i++) {
            if (matches.test(indexed.geometries().get(i))) {
                ids.add(indexed.sites().get(i).siteId());
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    @Test
    void aSiteExactlyAtTheRadiusIsFoundAndOneJustBeyondIsNot() {
        double lat = 51.19;
        double lon = 35.27;
        // due north and due east put the site on the edge of the prefilter envelope itself
        double[][] offsets = {{0.09, 0}, {0, 0.14}, {-0.09, 0}, {0, -0.14}, {0.063, 0.1}, {0.0000001, 0}};
        List<Nomination> sites = new ArrayList<>();
        for (int i = 0; i < offsets.length; i++) {
            sites.add(nomination("site_edge" + i, GeoJson.point(lon + offsets[i][1], lat + offsets[i][0])));
        }
        SiteIndex index = indexOf(sites);
        for (int i = 0; i < offsets.length; i++) {
            String id = "site_edge" + i;
            double exact = Geodesy.distanceMetres(lat, lon, lat + offsets[i][0], lon + offsets[i][1]);
            assertThat(ids(index.within(lat, lon, exact))).as("site %d at exactly %.6f m", i, exact).contains(id);
            assertThat(ids(index.within(lat, lon, Math.nextDown(exact)))).as("site %d at %.6f m", i, exact)
                    .doesNotContain(id);
        }
    }

    @Test
    void aLineSiteIsMeasuredToItsNearestSegmentNotItsEnds() {
        // a 60 km power line running east-west; the query point is 2 km north of its middle
        Geometry line = GeoJson.FACTORY.createLineString(new Coordinate[] {new Coordinate(30.0, 50.0),
                new Coordinate(30.84, 50.0)});
        SiteIndex index = indexOf(List.of(nomination("site_line", line)));
        double north = 2000 / (Math.PI * Geodesy.EARTH_RADIUS_METRES / 180);
        List<SiteHit> hits = index.within(50.0 + north, 30.42, 2100);
        assertThat(ids(hits)).containsExactly("site_line");
        assertThat(hits.get(0).distanceMetres()).isBetween(1990.0, 2010.0);
        assertThat(index.within(50.0 + north, 30.42, 1900)).isEmpty();
    }

    @Test
    void aPolygonSiteIsAtDistanceZeroFromInsideAndMeasuredToItsEdgeFromOutside() {
        Geometry plant = square(47.5, 34.6, 0.02);
        SiteIndex index = indexOf(List.of(nomination("site_area", plant)));
        assertThat(index.within(47.51, 34.61, 0)).extracting(SiteHit::distanceMetres).containsExactly(0.0);
        double outside = Geodesy.distanceMetres(47.51, 34.62, 47.51, 34.6335);
        assertThat(ids(index.within(47.51, 34.6335, outside + 1))).containsExactly("site_area");
        assertThat(index.within(47.51, 34.6335, outside - 50)).isEmpty();
        // an area query that overlaps the site: distance 0
        assertThat(index.within(square(47.51, 34.61, 0.5), 0)).extracting(SiteHit::distanceMetres).containsExactly(0.0);
    }

    @Test
    void aLongPipelineSpanningManyCellsIsFoundOnceAlongItsLength() {
        Geometry pipeline = GeoJson.FACTORY.createLineString(new Coordinate[] {new Coordinate(32.0, 46.0),
                new Coordinate(40.0, 53.0)});
        SiteIndex index = indexOf(List.of(nomination("site_pipe", pipeline)));
        assertThat(ids(index.within(49.5, 36.0, 30_000))).containsExactly("site_pipe");
        assertThat(ids(index.within(GeoJson.FACTORY.createLineString(new Coordinate[] {new Coordinate(30, 49.5),
                new Coordinate(38, 49.5)}), 0))).containsExactly("site_pipe");
    }

    @Test
    void aQueryAcrossTheAntimeridianFindsSitesOnTheOtherSide() {
        SiteIndex index = indexOf(List.of(nomination("site_east", GeoJson.point(179.995, 66.0)),
                nomination("site_west", GeoJson.point(-179.995, 66.0))));
        assertThat(ids(index.within(66.0, -179.999, 2000))).containsExactlyInAnyOrder("site_east", "site_west");
        assertThat(ids(index.within(66.0, 179.999, 2000))).containsExactlyInAnyOrder("site_east", "site_west");
    }

    @Test
    void theIndexFollowsStatusAndControlChangesAndIgnoresRedeliveredEntries() {
        Nomination nomination = nomination("site_follow", GeoJson.point(35.27, 51.19));
        SiteIndex index = new SiteIndex();
        index.apply(List.of(new SiteEvent.Sequenced(10, nomination)));
        index.apply(List.of(new SiteEvent.Sequenced(11, new StatusChange("site_follow", SiteStatus.ACCEPTED, null,
                MEDIATOR, AT)), new SiteEvent.Sequenced(12, new ControlChange("site_follow", true, "held by the other side",
                MEDIATOR, AT))));
        // the follower may deliver entries again after a rebuild: nothing may go back
        index.apply(List.of(new SiteEvent.Sequenced(10, nomination), new SiteEvent.Sequenced(11,
                new StatusChange("site_follow", SiteStatus.ACCEPTED, null, MEDIATOR, AT))));
        Site site = index.site("site_follow").orElseThrow();
        assertThat(site.status()).isEqualTo(SiteStatus.ACCEPTED);
        assertThat(site.controlContested()).isTrue();
        assertThat(index.within(51.19, 35.27, 1)).hasSize(1);
        assertThat(index.size()).isEqualTo(1);
    }

    // ---- helpers --------------------------------------------------------------------------

    static double distance(Geometry site, Geometry place) {
        return site instanceof Point p ? Geodesy.distanceMetres(p, place) : SiteDistances.between(site, place);
    }

    static List<Nomination> randomSites(int count, Random random) {
        List<Nomination> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double lat = 47 + random.nextDouble() * 6;
            double lon = 30 + random.nextDouble() * 8;
            int shape = random.nextInt(10);
            Geometry geometry = shape == 0 ? line(lat, lon, random)
                    : shape == 1 ? square(lat, lon, random.nextDouble() * 0.05) : GeoJson.point(lon, lat);
            sites.add(nomination(String.format("site_r%05d", i), geometry));
        }
        return sites;
    }

    static Geometry line(double lat, double lon, Random random) {
        Coordinate[] vertices = new Coordinate[2 + random.nextInt(3)];
        for (int v = 0; v < vertices.length; v++) {
            vertices[v] = new Coordinate(lon + v * random.nextDouble() * 0.3, lat + (random.nextDouble() - 0.5) * 0.3);
        }
        return GeoJson.FACTORY.createLineString(vertices);
    }

    static Geometry square(double lat, double lon, double size) {
        double d = Math.max(size, 0.001);
        return GeoJson.FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + d, lat),
                new Coordinate(lon + d, lat + d), new Coordinate(lon, lat + d), new Coordinate(lon, lat)});
    }

    static Nomination nomination(String id, Geometry geometry) {
        return new Nomination(id, id, Category.SUBSTATION, null, GeoJson.write(geometry).toString(), "UA", "UA", null,
                "test", null, false, null, MEDIATOR, AT);
    }

    private static SiteIndex indexOf(List<Nomination> nominations) {
        List<SiteEvent.Sequenced> events = new ArrayList<>();
        for (int i = 0; i < nominations.size(); i++) {
            events.add(new SiteEvent.Sequenced(i, nominations.get(i)));
        }
        SiteIndex index = new SiteIndex();
        index.rebuild(events);
        return index;
    }

    private static List<String> ids(List<SiteHit> hits) {
        return hits.stream().map(h -> h.site().id()).toList();
    }
}
