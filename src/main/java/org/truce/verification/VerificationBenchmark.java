package org.truce.verification;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.truce.agreement.ExtensionRule;
import org.truce.agreement.GeographicScope;
import org.truce.agreement.SignedVersion;
import org.truce.agreement.Terms;
import org.truce.geo.GeoJson;
import org.truce.geo.Regions;
import org.truce.reports.GeoPrecision;
import org.truce.reports.Outcome;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;
import org.truce.shared.Means;
import org.truce.shared.PowerPlantKind;
import org.truce.shared.Role;
import org.truce.sites.Actor;
import org.truce.sites.Nomination;
import org.truce.sites.SiteEvent;
import org.truce.sites.SiteHit;
import org.truce.sites.SiteIndex;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

/**
 * {@code truce bench verify}: reproducible random sites and claims over Ukraine and western Russia
 * (22-50° E, 44-60° N, two years of events), then correlation (every claim added as it would arrive)
 * and a determination of every incident against a moratorium over both territories, all in memory,
 * timed. With an export folder it also writes the data and the engine's matches (linked claim pairs
 * and claim-site matches) for {@code bench/postgis-side-by-side.sh}.
 */
public final class VerificationBenchmark {

    static final double WEST = 22;
    static final double EAST = 50;
    static final double SOUTH = 44;
    static final double NORTH = 60;
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final int DAYS = 730;
    private static final Category[] CATEGORIES = Category.values();

    public record Figures(int reports, int sites, long seed, long siteIndexMillis, long coldCorrelationMillis,
                          long coldDeterminationMillis, long correlationMillis, long determinationMillis, long correlationCpuMillis, long determinationCpuMillis, int incidents, int largestIncident, Map<Verdict, Integer> verdicts,
                          long matchMillis, long linkedPairs, long siteMatches, String checksum, String incidentsChecksum,
                          List<Long> warmTotals) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%,d reports, %,d sites (seed %d); %d cores%n"
                            + "site index built in %,d ms (set-up, not counted)%n"
                            + "first pass (cold: JIT, scope cells): correlation %,d ms, determinations %,d ms, total %,d ms%n"
                            + "warm passes, correlation + determinations: %s ms; the median pass:%n"
                            + "correlation: %,d ms -> %,d incidents (largest %d claims)%n"
                            + "determinations: %,d ms (%s)%n"
                            + "correlation + determinations: %,d ms%n"
                            + "process CPU time meanwhile (all threads, the collector's too): correlation %,d ms, determinations %,d ms%n"
                            + "incidents checksum (ids, members, verdicts): %s%n"
                            + "%s",
                    reports, sites, seed, Runtime.getRuntime().availableProcessors(), siteIndexMillis,
                    coldCorrelationMillis, coldDeterminationMillis, coldCorrelationMillis + coldDeterminationMillis,
                    warmTotals.stream().map(t -> String.format(java.util.Locale.ROOT, "%,d", t))
                            .collect(java.util.stream.Collectors.joining(", ")),
                    correlationMillis, incidents, largestIncident, determinationMillis, verdicts,
                    correlationMillis + determinationMillis, correlationCpuMillis, determinationCpuMillis, incidentsChecksum,
                    matchMillis < 0 ? "" : String.format(java.util.Locale.ROOT,
                            "matches only (the PostGIS join's equivalent): %,d ms -> %,d linked claim pairs, %,d claim-site matches, checksum %s%n",
                            matchMillis, linkedPairs, siteMatches, checksum));
        }
    }

    /** With one warm pass: the first pass pays for the JIT and the scope's cells, the second is timed. */
    public static Figures run(int reportCount, int siteCount, long seed, Path export) {
        return run(reportCount, siteCount, seed, export, 1);
    }

    /**
     * A cold pass, then {@code warmPasses} timed passes; the figures are the median warm pass's (by
     * correlation + determinations), as the machine's speed drifts from one pass to the next.
     */
    public static Figures run(int reportCount, int siteCount, long seed, Path export, int warmPasses) {
        Random random = new Random(seed);
        List<SiteEvent.Sequenced> siteEvents = randomSites(siteCount, random);
        long t0 = System.nanoTime();
        SiteIndex sites = new SiteIndex();
        sites.rebuild(siteEvents);
        long siteMillis = (System.nanoTime() - t0) / 1_000_000;
        List<ClaimFacts> claims = randomClaims(reportCount, siteEvents, random);
        if (export != null) {
            write(export, siteEvents, claims);
        }
        siteEvents = null;
        Scopes scopes = new Scopes(Regions.shipped());
        Determinations determinations = new Determinations(sites, scopes);
        List<SignedVersion> versions = List.of(moratorium());
        // warm the prepared shapes on one thread: their lazy indexes are not built concurrently
        determinations.determineAll(claims.subList(0, 1), Optional.empty(), versions);

        // the first pass pays for the JIT and for classifying the scope's cells; the others are the steady state
        int passes = 1 + Math.max(1, warmPasses);
        long[] correlationPass = new long[passes];
        long[] determinationPass = new long[passes];
        long[][] cpuPass = new long[passes][2];
        List<String> ids = null;
        java.util.concurrent.atomic.AtomicInteger largest = new java.util.concurrent.atomic.AtomicInteger();
        AtomicIntegerArray counts = null;
        Correlation last = null;
        Verdict[] lastVerdicts = null;
        for (int pass = 0; pass < passes; pass++) {
            // the previous pass's incidents are garbage before this one starts
            ids = null;
            last = null;
            lastVerdicts = null;
            System.gc();
            long c1 = processCpuNanos();
            long t1 = System.nanoTime();
            Correlation current = Correlation.rebuild(claims, List.of(), id -> id);
            correlationPass[pass] = (System.nanoTime() - t1) / 1_000_000;
            long c2 = processCpuNanos();
            cpuPass[pass][0] = (c2 - c1) / 1_000_000;
            List<Correlation.Group> groups = current.groups();
            String[] incidentIds = new String[groups.size()];
            AtomicIntegerArray verdictCounts = new AtomicIntegerArray(Verdict.values().length);
            Verdict[] verdictOf = new Verdict[groups.size()];
            long t2 = System.nanoTime();
            IntStream.range(0, groups.size()).parallel().forEach(i -> {
                Correlation.Group incident = groups.get(i);
                incidentIds[i] = incident.id();
                List<ClaimFacts> group = incident.claims();
                largest.accumulateAndGet(group.size(), Math::max);
                Verdict v = Incidents.strongest(determinations.determineAll(group, Optional.empty(), versions));
                verdictOf[i] = v;
                verdictCounts.incrementAndGet(v.ordinal());
            });
            determinationPass[pass] = (System.nanoTime() - t2) / 1_000_000;
            cpuPass[pass][1] = (processCpuNanos() - c2) / 1_000_000;
            ids = List.of(incidentIds);
            counts = verdictCounts;
            last = current;
            lastVerdicts = verdictOf;
        }
        String incidentsChecksum = incidentsChecksum(last, ids, lastVerdicts);
        Integer[] warm = IntStream.range(1, passes).boxed()
                .sorted(java.util.Comparator.comparingLong(p -> correlationPass[p] + determinationPass[p])).toArray(Integer[]::new);
        int median = warm[(warm.length - 1) / 2];
        List<Long> warmTotals = IntStream.range(1, passes).mapToObj(p -> correlationPass[p] + determinationPass[p]).toList();
        long correlationMillis = correlationPass[median];
        long determinationMillis = determinationPass[median];
        long[] cpu = cpuPass[median];
        Map<Verdict, Integer> verdicts = new java.util.EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, counts.get(v.ordinal()));
        }

        long matchMillis = -1;
        long[] pairs = {0, 0};
        String checksum = null;
        if (export != null) {
            // twice, timing the second (steady state), as for correlation and determinations
            for (int pass = 0; pass < 2; pass++) {
                pairs[0] = 0;
                pairs[1] = 0;
                long[] sum = {0, 0};
                long t3 = System.nanoTime();
                Matches.linkedPairs(claims, (a, b) -> {
                    pairs[0]++;
                    add(sum, (long) a * 1_000_003L + b);
                });
                for (int i = 0; i < claims.size(); i++) {
                    ClaimFacts c = claims.get(i);
                    if (!c.located()) {
                        continue;
                    }
                    for (SiteHit hit : sites.within(c.latitude(), c.longitude(), c.radiusMetres())) {
                        pairs[1]++;
                        add(sum, (long) i * 1_000_003L + Integer.parseInt(hit.site().id().substring(10)) + 7_000_000_000_000L);
                    }
                }
                matchMillis = (System.nanoTime() - t3) / 1_000_000;
                checksum = BigInteger.valueOf(sum[1]).shiftLeft(62).add(BigInteger.valueOf(sum[0])).toString();
            }
            try {
                Files.writeString(export.resolve("truce-matches.txt"), pairs[0] + " " + pairs[1] + " " + checksum + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Figures(reportCount, siteCount, seed, siteMillis, correlationPass[0], determinationPass[0],
                correlationMillis, determinationMillis, cpu[0], cpu[1], ids.size(),
                largest.get(), verdicts, matchMillis, pairs[0], pairs[1], checksum, incidentsChecksum, warmTotals);
    }

    /**
     * A fingerprint of the incidents, to compare runs (and versions of the engine) with the same
     * seed: a sum over incidents, so independent of their order, of a 64-bit hash of each one's id,
     * its claims in the group's order and its strongest verdict.
     */
    private static String incidentsChecksum(Correlation correlation, List<String> ids, Verdict[] verdicts) {
        long sum = 0;
        for (int i = 0; i < ids.size(); i++) {
            long h = fnv(0xcbf29ce484222325L, ids.get(i));
            for (ClaimFacts claim : correlation.group(ids.get(i)).orElseThrow().claims()) {
                h = fnv(h, claim.reportId());
            }
            h = fnv(h, verdicts[i].name());
            sum += Correlation.mix(h);
        }
        return String.format("%016x", sum);
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ '/') * 0x100000001b3L;
    }

    /** CPU time of the whole process (every thread, the collector's too), or 0 where the JVM does not tell. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** Adds to a 124-bit sum held as {low 62 bits, the rest}: exact, without a BigInteger per match. */
    private static void add(long[] sum, long value) {
        long low = sum[0] + value;
        sum[1] += low >>> 62;
        sum[0] = low & ((1L << 62) - 1);
    }

    /** A moratorium of 30 days over both territories protecting every category, prohibiting the usual means. */
    static SignedVersion moratorium() {
        Instant from = Instant.parse("2025-03-17T21:00:00Z");
        Instant until = Instant.parse("2025-04-16T21:00:00Z");
        Terms terms = new Terms("benchmark moratorium", List.of("UA", "RU"), "mediator", from, "Europe/Moscow", until,
                null, ExtensionRule.values()[0], EnumSet.allOf(Category.class), Set.of(),
                Map.of("UA", new GeographicScope(List.of("UA"), List.of()), "RU", new GeographicScope(List.of("RU"), List.of())),
                EnumSet.of(Means.MISSILE, Means.DRONE, Means.ROCKET, Means.ARTILLERY, Means.GLIDE_BOMB, Means.AIRCRAFT),
                true, false, List.of(), List.of(), List.of(), List.of(), List.of());
        return new SignedVersion("agr_bench", 1, List.of("UA", "RU"), terms, from, from, until, null, from, until);
    }

    static List<SiteEvent.Sequenced> randomSites(int count, Random random) {
        List<SiteEvent.Sequenced> events = new ArrayList<>(count);
        Actor actor = new Actor("system", Role.MEDIATOR, null);
        for (int i = 0; i < count; i++) {
            double lat = SOUTH + random.nextDouble() * (NORTH - SOUTH);
            double lon = WEST + random.nextDouble() * (EAST - WEST);
            int shape = random.nextInt(100);
            Geometry geometry = shape == 0 ? line(lat, lon, random) : shape == 1 ? square(lat, lon) : GeoJson.point(lon, lat);
            Category category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String owner = lon < 40 && random.nextBoolean() ? "UA" : "RU";
            events.add(new SiteEvent.Sequenced(i, new Nomination(String.format("site_bench%09d", i), "site " + i,
                    category, category == Category.POWER_PLANT ? PowerPlantKind.THERMAL : null,
                    GeoJson.write(geometry).toString(), owner, owner, null, "benchmark", null, false, null, actor, START)));
        }
        return events;
    }

    /**
     * Claims of random events: most at a site, some anywhere; one to three claims per event, from
     * either side, at various precisions (78 % to the site, 20 % the town, 2 % coarser; 40 % an instant,
     * 59 % a day, 1 % coarser), a tenth naming no facility type.
     */
    static List<ClaimFacts> randomClaims(int count, List<SiteEvent.Sequenced> sites, Random random) {
        List<ClaimFacts> claims = new ArrayList<>(count);
        int event = 0;
        while (claims.size() < count) {
            event++;
            double lat;
            double lon;
            Category category;
            if (!sites.isEmpty() && random.nextInt(10) < 7) {
                Nomination n = (Nomination) sites.get(random.nextInt(sites.size())).event();
                Geometry g = GeoJson.read(Api.json(n.geometry()), "geometry");
                Coordinate c = g.getCoordinate();
                lat = c.y;
                lon = c.x;
                category = n.category();
            } else {
                lat = SOUTH + random.nextDouble() * (NORTH - SOUTH);
                lon = WEST + random.nextDouble() * (EAST - WEST);
                category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            }
            long at = START.toEpochMilli() + (long) (random.nextDouble() * DAYS * 86_400_000L);
            String accused = random.nextBoolean() ? "UA" : "RU";
            int perEvent = 1 + random.nextInt(3);
            for (int k = 0; k < perEvent && claims.size() < count; k++) {
                int i = claims.size();
                String id = String.format("rep_bench%010d", i);
                int p = random.nextInt(1000);
                GeoPrecision geo = p < 780 ? GeoPrecision.SITE : p < 980 ? GeoPrecision.TOWN
                        : p < 999 ? GeoPrecision.DISTRICT : GeoPrecision.REGION;
                double radius = geo.defaultRadiusMetres();
                double jitter = radius / 3 / 111_000.0;
                double clat = lat + (random.nextDouble() - 0.5) * jitter;
                double clon = lon + (random.nextDouble() - 0.5) * jitter;
                int t = random.nextInt(1000);
                TimePrecision precision = t < 400 ? TimePrecision.EXACT : t < 988 ? TimePrecision.DAY
                        : t < 998 ? TimePrecision.WEEK : TimePrecision.MONTH;
                Instant earliest;
                Instant latest;
                LocalDate day = Instant.ofEpochMilli(at).atZone(ZoneOffset.UTC).toLocalDate();
                switch (precision) {
                    case EXACT -> {
                        earliest = Instant.ofEpochMilli(at + (long) ((random.nextDouble() - 0.5) * 3_600_000L));
                        latest = earliest;
                    }
                    case DAY -> {
                        earliest = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                        latest = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                    }
                    case WEEK -> {
                        earliest = day.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
                        latest = day.plusDays(4).atStartOfDay(ZoneOffset.UTC).toInstant();
                    }
                    default -> {
                        earliest = day.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                        latest = day.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                    }
                }
                boolean named = random.nextInt(10) != 0;
                String claimant = random.nextBoolean() ? "UA" : "RU";
                Means means = Means.values()[random.nextInt(Means.values().length)];
                claims.add(new ClaimFacts(id, id, null, START, earliest, latest, precision, "UTC", clat, clon, radius, geo,
                        null, null, List.of(), null, named ? category : null, null, means,
                        random.nextInt(20) == 0 ? Outcome.REPELLED : Outcome.HIT, claimant, claimant, accused));
            }
        }
        return claims;
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

    /** The generated data as CSV for PostgreSQL's COPY: sites (index, category, WKT) and claims. */
    private static void write(Path folder, List<SiteEvent.Sequenced> sites, List<ClaimFacts> claims) {
        try {
            Files.createDirectories(folder);
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("sites.csv")))) {
                for (int i = 0; i < sites.size(); i++) {
                    Nomination n = (Nomination) sites.get(i).event();
                    Geometry g = GeoJson.read(Api.json(n.geometry()), "geometry");
                    out.printf(java.util.Locale.ROOT, "%d,%s,\"SRID=4326;%s\"%n", i, n.category().code(), g.toText());
                }
            }
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("claims.csv")))) {
                for (int i = 0; i < claims.size(); i++) {
                    ClaimFacts c = claims.get(i);
                    out.printf(java.util.Locale.ROOT, "%d,%.7f,%.7f,%.1f,%d,%d,%d,%s%n", i, c.longitude(), c.latitude(),
                            c.radiusMetres(), c.earliest().toEpochMilli(), c.latest().toEpochMilli(),
                            Linking.toleranceOf(c.timePrecision()).toMillis(),
                            c.category() == null ? "" : c.category().code());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON text to a tree, for the nominations' stored GeoJSON. */
    private static final class Api {
        private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper.builder().build();

        static tools.jackson.databind.JsonNode json(String text) {
            return MAPPER.readTree(text);
        }
    }
}
