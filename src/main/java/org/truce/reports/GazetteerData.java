package org.truce.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Point;
import org.truce.geo.GeoJson;
import org.truce.geo.Geodesy;
import org.truce.geo.Region;
import org.truce.geo.Regions;

/** The gazetteer's indexes, built once from the shipped places and regions. */
final class GazetteerData {

    static final String RESOURCE = "/data/places-ua-ru.csv";
    /** Old GeoNames zone ids of Ukraine, now links to Europe/Kyiv. */
    private static final Map<String, String> ZONE_ALIASES = Map.of("Europe/Kiev", "Europe/Kyiv",
            "Europe/Zaporozhye", "Europe/Kyiv", "Europe/Uzhgorod", "Europe/Kyiv");
    private static final Comparator<Town> TOWN_ORDER = Comparator.comparingLong((Town t) -> t.match.population())
            .reversed().thenComparingInt(t -> seatRank(t.featureCode)).thenComparing(t -> t.match.name());

    private final Map<String, List<PlaceMatch>> towns = new HashMap<>();
    private final Map<String, List<PlaceMatch>> districts = new HashMap<>();
    private final Map<String, List<PlaceMatch>> regions = new HashMap<>();
    private final List<Town> allTowns = new ArrayList<>();
    private final Map<Long, List<Town>> zoneGrid = new HashMap<>();
    /** Districts already found by their adjective's stem. */
    private final Map<String, List<PlaceMatch>> stemCache = new ConcurrentHashMap<>();
    private static final int STEM_CACHE_LIMIT = 100_000;
    /** The radius of {@link Gazetteer#zoneNear}, the one the raster holds answers for. */
    static final double ZONE_RADIUS = 150_000;
    private static final double RASTER_SOUTH = 40;
    private static final double RASTER_WEST = 18;
    private static final double RASTER_STEP = 0.05;
    private static final int RASTER_ROWS = 700;
    private static final int RASTER_COLUMNS = 900;
    /** Per cell: 0 not yet asked, -1 no zone, else 1 + the index in {@link #zoneIds}. Races only repeat work. */
    private final byte[] zoneRaster = new byte[RASTER_ROWS * RASTER_COLUMNS];
    private final List<String> zoneIds = new ArrayList<>();

    /** One populated place, with every name it is known by. */
    private record Town(PlaceMatch match, Set<String> keys, String featureCode, String admin1Code, String admin2Name) {
    }

    static GazetteerData load(Regions regions) {
        GazetteerData data = new GazetteerData();
        data.build(regions, read());
        return data;
    }

    private static List<CSVRecord> read() {
        try (InputStream in = GazetteerData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void build(Regions shipped, List<CSVRecord> records) {
        Map<String, Map<String, Integer>> admin1Votes = new HashMap<>();
        List<CSVRecord> unplaced = new ArrayList<>();
        Map<CSVRecord, Region> placed = new HashMap<>();
        for (CSVRecord record : records) {
            Point point = GeoJson.point(Double.parseDouble(record.get("longitude")), Double.parseDouble(record.get("latitude")));
            Optional<Region> region = shipped.admin1At(point);
            String admin1 = record.get("country") + "." + record.get("admin1_code");
            if (region.isPresent()) {
                placed.put(record, region.get());
                admin1Votes.computeIfAbsent(admin1, k -> new HashMap<>()).merge(region.get().id(), 1, Integer::sum);
            } else {
                unplaced.add(record);
            }
        }
        Map<String, String> admin1Region = new HashMap<>();
        admin1Votes.forEach((admin1, votes) -> admin1Region.put(admin1,
                votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        for (CSVRecord record : records) {
            Region region = placed.get(record);
            if (region == null) {
                region = shipped.byId(admin1Region.get(record.get("country") + "." + record.get("admin1_code"))).orElse(null);
            }
            addTown(record, region);
        }
        towns.values().forEach(list -> list.sort(Gazetteer.PREFERRED));
        buildRegions(shipped, records, admin1Region);
        buildDistricts();
    }

    private void addTown(CSVRecord record, Region region) {
        String population = record.get("population");
        PlaceMatch match = new PlaceMatch(record.get("name"), GeoPrecision.TOWN,
                Double.parseDouble(record.get("latitude")), Double.parseDouble(record.get("longitude")),
                region == null ? null : region.id(), region == null ? null : region.nameEn(), record.get("country"),
                population.isBlank() ? 0 : Long.parseLong(population), zone(record.get("timezone")));
        Set<String> keys = new LinkedHashSet<>();
        keys.add(PlaceNames.key(record.get("name")).text());
        keys.add(PlaceNames.key(record.get("asciiname")).text());
        for (String column : List.of("alt_names_latin", "alt_names_cyrillic")) {
            for (String alternate : record.get(column).split("\\|")) {
                keys.add(PlaceNames.key(alternate).text());
            }
        }
        keys.remove("");
        Town town = new Town(match, keys, record.get("feature_code"), record.get("admin1_code"), record.get("admin2_name"));
        allTowns.add(town);
        keys.forEach(key -> towns.computeIfAbsent(key, k -> new ArrayList<>()).add(match));
        if (match.zone() != null && !zoneIds.contains(match.zone())) {
            zoneIds.add(match.zone());
        }
        if (match.zone() != null) {
            zoneGrid.computeIfAbsent(cell((int) Math.floor(match.latitude()), (int) Math.floor(match.longitude())),
                    k -> new ArrayList<>()).add(town);
        }
    }

    /** A region is found by its English, Ukrainian and Russian names and by GeoNames' admin-1 names. */
    private void buildRegions(Regions shipped, List<CSVRecord> records, Map<String, String> admin1Region) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (Region region : shipped.all()) {
            if (region.level() == Region.Level.ADMIN1) {
                names.computeIfAbsent(region.id(), k -> new LinkedHashSet<>())
                        .addAll(List.of(region.nameEn(), region.nameUk(), region.nameRu()));
            }
        }
        for (CSVRecord record : records) {
            String regionId = admin1Region.get(record.get("country") + "." + record.get("admin1_code"));
            if (regionId != null && !record.get("admin1_name").isBlank()) {
                names.get(regionId).add(record.get("admin1_name"));
            }
        }
        names.forEach((regionId, regionNames) -> {
            Region region = shipped.byId(regionId).orElseThrow();
            PlaceMatch match = regionMatch(region);
            for (String name : regionNames) {
                String key = PlaceNames.key(name).text();
                if (!key.isEmpty()) {
                    List<PlaceMatch> list = regions.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(match)) {
                        list.add(match);
                    }
                }
            }
        });
        // "Kyiv" and "Moscow" name a city region and the larger region around it: the larger first
        regions.values().forEach(list -> list.sort(Comparator.comparingDouble((PlaceMatch m) ->
                -shipped.byId(m.regionId()).orElseThrow().geometry().getArea())));
    }

    /** A region's point: its capital (the most populous first-level seat inside it), else a point inside it. */
    private PlaceMatch regionMatch(Region region) {
        Town capital = allTowns.stream()
                .filter(t -> region.id().equals(t.match.regionId()))
                .filter(t -> t.featureCode.equals("PPLA") || t.featureCode.equals("PPLC"))
                .max(Comparator.comparingLong(t -> t.match.population())).orElse(null);
        if (capital != null) {
            return new PlaceMatch(region.nameEn(), GeoPrecision.REGION, capital.match.latitude(),
                    capital.match.longitude(), region.id(), region.nameEn(), region.country(),
                    capital.match.population(), capital.match.zone());
        }
        Point inside = region.geometry().getInteriorPoint();
        return new PlaceMatch(region.nameEn(), GeoPrecision.REGION, inside.getY(), inside.getX(), region.id(),
                region.nameEn(), region.country(), 0, nearestZone(inside.getY(), inside.getX(), 300_000).orElse(null));
    }

    /** A district (GeoNames admin-2) is found by its name; its point is its centre town. */
    private void buildDistricts() {
        Map<String, List<Town>> members = new LinkedHashMap<>();
        for (Town town : allTowns) {
            if (!town.admin2Name.isBlank()) {
                members.computeIfAbsent(town.match.country() + "." + town.admin1Code + "." + town.admin2Name,
                        k -> new ArrayList<>()).add(town);
            }
        }
        members.values().forEach(list -> {
            String name = list.get(0).admin2Name;
            String key = PlaceNames.key(name).text();
            if (key.isEmpty()) {
                return;
            }
            String stem = PlaceNames.adjectiveStem(key);
            Town centre = list.stream()
                    .filter(t -> t.keys.contains(key) || stem != null && t.keys.stream().anyMatch(k -> PlaceNames.continuesStem(k, stem)))
                    .min(TOWN_ORDER)
                    .orElseGet(() -> list.stream().min(Comparator.comparingInt((Town t) -> t.featureCode.equals("PPLA2") ? 0 : 1)
                            .thenComparing(TOWN_ORDER)).orElseThrow());
            PlaceMatch c = centre.match;
            districts.computeIfAbsent(key, k -> new ArrayList<>()).add(new PlaceMatch(name, GeoPrecision.DISTRICT,
                    c.latitude(), c.longitude(), c.regionId(), c.regionName(), c.country(), c.population(), c.zone()));
        });
        districts.values().forEach(list -> list.sort(Gazetteer.PREFERRED));
    }

    List<PlaceMatch> towns(String key) {
        return towns.getOrDefault(key, List.of());
    }

    List<PlaceMatch> districts(String key) {
        return districts.getOrDefault(key, List.of());
    }

    List<PlaceMatch> regions(String key) {
        return regions.getOrDefault(key, List.of());
    }

    /** Towns one of whose names continues the stem, district seats and larger towns first. */
    List<PlaceMatch> townsContinuing(String stem) {
        List<PlaceMatch> cached = stemCache.get(stem);
        if (cached != null) {
            return cached;
        }
        List<PlaceMatch> found = allTowns.stream()
                .filter(t -> t.keys.stream().anyMatch(k -> PlaceNames.continuesStem(k, stem)))
                .sorted(Comparator.comparingInt((Town t) -> t.featureCode.equals("PPLA2") ? 0 : 1).thenComparing(TOWN_ORDER))
                .map(Town::match)
                .toList();
        if (stemCache.size() < STEM_CACHE_LIMIT) {
            stemCache.put(stem, found);
        }
        return found;
    }

    void forEachName(BiConsumer<String, PlaceMatch> consumer) {
        regions.forEach((key, list) -> list.forEach(m -> consumer.accept(key, m)));
        districts.forEach((key, list) -> list.forEach(m -> consumer.accept(key, m)));
        towns.forEach((key, list) -> list.forEach(m -> consumer.accept(key, m)));
    }

    /**
     * The zone of the nearest place within the distance. Answers are kept in a raster of 0.05°
     * cells (about 5 km, well inside the spacing of places near a zone boundary) filled on first
     * use: a bulk import asks a million times, and the raster stays a fixed, small size.
     */
    Optional<String> nearestZone(double latitude, double longitude, double withinMetres) {
        int row = (int) Math.floor((latitude - RASTER_SOUTH) / RASTER_STEP);
        int column = (int) Math.floor((longitude - RASTER_WEST) / RASTER_STEP);
        boolean inRaster = withinMetres == ZONE_RADIUS && row >= 0 && row < RASTER_ROWS && column >= 0
                && column < RASTER_COLUMNS;
        if (inRaster) {
            int index = row * RASTER_COLUMNS + column;
            byte known = zoneRaster[index];
            if (known == 0) {
                String zone = searchZone(RASTER_SOUTH + (row + 0.5) * RASTER_STEP,
                        RASTER_WEST + (column + 0.5) * RASTER_STEP, withinMetres);
                known = (byte) (zone == null ? -1 : zoneIds.indexOf(zone) + 1);
                zoneRaster[index] = known;
            }
            return known < 0 ? Optional.empty() : Optional.of(zoneIds.get(known - 1));
        }
        return Optional.ofNullable(searchZone(latitude, longitude, withinMetres));
    }

    /**
     * The zone of the nearest place with one, among the places within two degrees of latitude and
     * three of longitude. The one-degree cells are searched in rings outwards, and the search stops
     * once no place in a further ring could be nearer than the best found (towns are dense: one or
     * two rings, not all 35 cells; filling the zone raster for a million reports asks this 100,000 times).
     */
    String searchZone(double latitude, double longitude, double withinMetres) {
        int row = (int) Math.floor(latitude);
        int column = (int) Math.floor(longitude);
        Nearest nearest = new Nearest(latitude, longitude);
        for (int ring = 0; ring <= 3; ring++) {
            // a place in this ring is at least (ring - 1) degrees away, in latitude or (shrunk) in longitude
            double bound = Math.max(0, ring - 1) * nearest.cosLatitude;
            if (nearest.best != null && nearest.bestSquare <= bound * bound) {
                break;
            }
            for (int r = row - Math.min(ring, 2); r <= row + Math.min(ring, 2); r++) {
                for (int c = column - ring; c <= column + ring; c++) {
                    if (Math.abs(r - row) == ring || Math.abs(c - column) == ring) {
                        zoneGrid.getOrDefault(cell(r, c), List.of()).forEach(nearest::consider);
                    }
                }
            }
        }
        return nearest.zoneWithin(withinMetres);
    }

    /** {@link #searchZone} by looking at every place of the window: what the rings must agree with. */
    String searchZoneEverywhere(double latitude, double longitude, double withinMetres) {
        int row = (int) Math.floor(latitude);
        int column = (int) Math.floor(longitude);
        Nearest nearest = new Nearest(latitude, longitude);
        for (Town town : allTowns) {
            int r = (int) Math.floor(town.match.latitude());
            int c = (int) Math.floor(town.match.longitude());
            if (town.match.zone() != null && Math.abs(r - row) <= 2 && Math.abs(c - column) <= 3) {
                nearest.consider(town);
            }
        }
        return nearest.zoneWithin(withinMetres);
    }

    /** The nearest place seen so far, compared in degrees with longitude shrunk by the latitude's cosine. */
    private static final class Nearest {
        final double latitude;
        final double longitude;
        final double cosLatitude;
        Town best;
        double bestSquare = Double.MAX_VALUE;

        Nearest(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
            this.cosLatitude = Math.cos(Math.toRadians(latitude));
        }

        void consider(Town town) {
            double dy = town.match.latitude() - latitude;
            double dx = (town.match.longitude() - longitude) * cosLatitude;
            double square = dx * dx + dy * dy;
            if (square < bestSquare) {
                bestSquare = square;
                best = town;
            }
        }

        String zoneWithin(double metres) {
            return best != null && Geodesy.distanceMetres(latitude, longitude, best.match.latitude(),
                    best.match.longitude()) <= metres ? best.match.zone() : null;
        }
    }

    String summary() {
        return allTowns.size() + " places, " + districts.values().stream().mapToInt(List::size).sum() + " districts, "
                + regions.values().stream().flatMap(List::stream).map(PlaceMatch::regionId).distinct().count() + " regions";
    }

    private static long cell(int row, int column) {
        return ((long) row << 32) ^ (column & 0xffffffffL);
    }

    private static int seatRank(String featureCode) {
        return switch (featureCode) {
            case "PPLC" -> 0;
            case "PPLA" -> 1;
            case "PPLA2" -> 2;
            case "PPLA3" -> 3;
            default -> 4;
        };
    }

    private static String zone(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String canonical = ZONE_ALIASES.getOrDefault(id, id);
        try {
            return ZoneId.of(canonical).getId();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
