package org.truce.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped regions of Ukraine and Russia (Natural Earth, public domain): point in polygon,
 * by id, all. Loaded once from the classpath; immutable afterwards (but for the answers it keeps per
 * cell, which any thread may add), so safe to share.
 */
public final class Regions {

    public static final String RESOURCE = "/data/regions-ua-ru.geojson";

    private static final Comparator<Region> ORDER =
            Comparator.comparing(Region::level).reversed().thenComparing(Region::id);

    private final Map<String, Region> byId;
    private final STRtree index = new STRtree();
    private final CellAnswers<CellCover> cells = new CellAnswers<>();

    private Regions(List<Region> regions) {
        Map<String, Region> map = new LinkedHashMap<>();
        regions.forEach(region -> map.put(region.id(), region));
        this.byId = Map.copyOf(map);
        regions.forEach(region -> index.insert(region.geometry().getEnvelopeInternal(), region));
        index.build();
    }

    /** The shipped regions. */
    public static Regions shipped() {
        try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Regions parse(JsonNode collection) {
        List<Region> regions = new ArrayList<>();
        for (JsonNode feature : collection.get("features")) {
            JsonNode p = feature.get("properties");
            boolean country = "country".equals(p.get("level").asString());
            String id = country ? p.get("iso_3166_1").asString() : p.get("iso_3166_2").asString();
            regions.add(Region.of(id, country ? Region.Level.COUNTRY : Region.Level.ADMIN1,
                    country ? id : p.get("country").asString(), p.get("name_en").asString(),
                    p.get("name_uk").asString(), p.get("name_ru").asString(),
                    GeoJson.read(feature.get("geometry"), id)));
        }
        return new Regions(regions);
    }

    public Optional<Region> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<Region> all() {
        return List.copyOf(byId.values());
    }

    /** Every region covering the point, first-level units before countries. */
    public List<Region> covering(Point point) {
        double x = point.getX();
        double y = point.getY();
        CellCover cell = cells.get(x, y);
        if (cell == null) {
            cell = classify(CellAnswers.cellOf(x, y));
            cells.put(x, y, cell);
        }
        if (cell.crossing().isEmpty()) {
            return cell.whole();
        }
        List<Region> found = new ArrayList<>(cell.whole());
        cell.crossing().stream().filter(region -> region.covers(point)).forEach(found::add);
        return found.stream().sorted(ORDER).toList();
    }

    /**
     * The regions covering a whole cell, which cover each of its points, and those a border crosses it
     * with, which must be asked point by point.
     */
    private record CellCover(List<Region> whole, List<Region> crossing) {
    }

    private CellCover classify(Geometry cell) {
        @SuppressWarnings("unchecked")
        List<Region> candidates = index.query(cell.getEnvelopeInternal());
        List<Region> whole = new ArrayList<>();
        List<Region> crossing = new ArrayList<>();
        for (Region region : candidates) {
            if (region.prepared().covers(cell)) {
                whole.add(region);
            } else if (region.prepared().intersects(cell)) {
                crossing.add(region);
            }
        }
        return new CellCover(whole.stream().sorted(ORDER).toList(), List.copyOf(crossing));
    }

    /** The first-level unit covering the point, if any shipped one does. */
    public Optional<Region> admin1At(Point point) {
        return covering(point).stream().filter(r -> r.level() == Region.Level.ADMIN1).findFirst();
    }

    /** The (de jure) country covering the point: UA or RU, if either. */
    public Optional<Region> countryAt(Point point) {
        return covering(point).stream().filter(r -> r.level() == Region.Level.COUNTRY).findFirst();
    }
}
