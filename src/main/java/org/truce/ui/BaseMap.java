package org.truce.ui;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.truce.geo.GeoJson;
import org.truce.geo.Region;
import org.truce.geo.Regions;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The offline base map: the shipped regions as GeoJSON, simplified to about one screen pixel at
 * the zoom asked for (coarse when the whole country is in view, full detail close up), each with
 * its names in the three languages and a point inside it for its label. Computed once per detail
 * level and kept, as bytes ready to send.
 */
public final class BaseMap {

    /** Beyond this zoom a pixel is finer than the shipped data's precision: no more simplification. */
    public static final int FULL_DETAIL_ZOOM = 10;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Regions regions;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ConcurrentMap<Integer, byte[]> byDetail = new ConcurrentHashMap<>();

    public BaseMap(Regions regions) {
        this.regions = regions;
    }

    /** The detail level served for a map zoom: zooms are grouped in pairs, so a few levels are cached. */
    public static int detailFor(int zoom) {
        GridClustering.checkZoom(zoom);
        int clamped = Math.max(2, Math.min(FULL_DETAIL_ZOOM, zoom));
        return clamped - clamped % 2;
    }

    /** Degrees of one 256-pixel-tile pixel at the detail level's zoom (at the equator). */
    public static double toleranceDegrees(int detail) {
        return detail >= FULL_DETAIL_ZOOM ? 0 : 360.0 / (256 * Math.pow(2, detail));
    }

    /** The FeatureCollection for a map zoom, as UTF-8 JSON bytes. */
    public byte[] featureCollection(int zoom) {
        return byDetail.computeIfAbsent(detailFor(zoom), detail -> json.writeValueAsBytes(build(detail)));
    }

    ObjectNode build(int detail) {
        double tolerance = toleranceDegrees(detail);
        ObjectNode collection = NODES.objectNode();
        collection.put("type", "FeatureCollection");
        collection.put("detail", detail);
        ArrayNode features = collection.putArray("features");
        for (Region region : regions.all()) {
            Geometry geometry = tolerance > 0
                    ? TopologyPreservingSimplifier.simplify(region.geometry(), tolerance)
                    : region.geometry();
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", region.id());
            feature.set("geometry", GeoJson.write(geometry));
            ObjectNode properties = feature.putObject("properties");
            properties.put("id", region.id());
            properties.put("level", region.level() == Region.Level.COUNTRY ? "country" : "admin1");
            properties.put("country", region.country());
            ObjectNode names = properties.putObject("names");
            names.put("en", region.nameEn());
            names.put("uk", region.nameUk());
            names.put("ru", region.nameRu());
            Point label = region.geometry().getInteriorPoint();
            properties.putArray("label").add(round(label.getX())).add(round(label.getY()));
        }
        return collection;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }
}
