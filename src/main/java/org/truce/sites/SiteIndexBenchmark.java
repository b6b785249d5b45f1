package org.truce.sites;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.truce.geo.GeoJson;
import org.truce.shared.Category;
import org.truce.shared.PowerPlantKind;
import org.truce.shared.Role;

/**
 * How fast the in-memory index answers "sites within r metres of this point": reproducible
 * random sites over Ukraine and western Russia (longitude 22-50° E, latitude 44-60° N; 98 %
 * points, 1 % short lines, 1 % small polygons), then random {@code near} queries over the same
 * area, each timed alone. Run with {@code truce bench sites}.
 */
public final class SiteIndexBenchmark {

    static final double WEST = 22;
    static final double EAST = 50;
    static final double SOUTH = 44;
    static final double NORTH = 60;
    private static final int WARM_UP = 3000;

    private SiteIndexBenchmark() {
    }

    /** The measured figures; times per query. */
    public record Figures(int sites, int queries, double radiusMetres, long seed, long buildMillis,
                          double medianMicros, double p99Micros, double maxMicros, double meanHits) {
        @Override
        public String toString() {
            return String.format("sites: %,d (index built in %,d ms)%n"
                            + "near queries: %,d with a %,.0f m radius (seed %d), %.1f sites found on average%n"
                            + "per query: median %.1f µs, p99 %.1f µs, max %.1f µs",
                    sites, buildMillis, queries, radiusMetres, seed, meanHits, medianMicros, p99Micros, maxMicros);
        }
    }

    public static Figures run(int sites, int queries, double radiusMetres, long seed) {
        Random random = new Random(seed);
        List<SiteEvent.Sequenced> events = randomSites(sites, random);
        long started = System.nanoTime();
        SiteIndex index = new SiteIndex();
        index.rebuild(events);
        long buildMillis = (System.nanoTime() - started) / 1_000_000;
        events = null;

        for (int i = 0; i < WARM_UP; i++) {
            index.within(latitude(random), longitude(random), radiusMetres);
        }
        long[] nanos = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            double lat = latitude(random);
            double lon = longitude(random);
            long start = System.nanoTime();
            List<SiteHit> found = index.within(lat, lon, radiusMetres);
            nanos[i] = System.nanoTime() - start;
            hits += found.size();
        }
        Arrays.sort(nanos);
        return new Figures(sites, queries, radiusMetres, seed, buildMillis, nanos[queries / 2] / 1000.0,
                nanos[Math.min(queries - 1, (int) Math.ceil(queries * 0.99) - 1)] / 1000.0,
                nanos[queries - 1] / 1000.0, (double) hits / queries);
    }

    /** Nominations of random sites, as the index receives them from the ledger. */
    static List<SiteEvent.Sequenced> randomSites(int count, Random random) {
        List<SiteEvent.Sequenced> events = new ArrayList<>(count);
        Actor actor = new Actor("system", Role.MEDIATOR, null);
        Instant at = Instant.parse("2025-03-18T00:00:00Z");
        for (int i = 0; i < count; i++) {
            double lat = latitude(random);
            double lon = longitude(random);
            int shape = random.nextInt(100);
            Geometry geometry = shape == 0 ? line(lat, lon, random) : shape == 1 ? square(lat, lon) : GeoJson.point(lon, lat);
            String owner = lon < 40 && random.nextBoolean() ? "UA" : "RU";
            Nomination nomination = new Nomination(String.format("site_bench%09d", i), "site " + i,
                    Category.POWER_PLANT, PowerPlantKind.THERMAL, GeoJson.write(geometry).toString(), owner, owner,
                    null, "benchmark", null, false, null, actor, at);
            events.add(new SiteEvent.Sequenced(i, nomination));
        }
        return events;
    }

    private static Geometry line(double lat, double lon, Random random) {
        Coordinate[] vertices = new Coordinate[2 + random.nextInt(4)];
        for (int v = 0; v < vertices.length; v++) {
            vertices[v] = new Coordinate(lon + v * 0.02, lat + (random.nextDouble() - 0.5) * 0.02);
        }
        return GeoJson.FACTORY.createLineString(vertices);
    }

    private static Geometry square(double lat, double lon) {
        double d = 0.01;
        return GeoJson.FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + d, lat),
                new Coordinate(lon + d, lat + d), new Coordinate(lon, lat + d), new Coordinate(lon, lat)});
    }

    static double latitude(Random random) {
        return SOUTH + random.nextDouble() * (NORTH - SOUTH);
    }

    static double longitude(Random random) {
        return WEST + random.nextDouble() * (EAST - WEST);
    }
}
