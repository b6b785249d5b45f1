package org.truce.geo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.truce.shared.InvalidInput;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7946 GeoJSON geometries to and from JTS, with validation that names the offending part:
 * WGS 84 longitude/latitude in range, closed rings of four or more positions, known types.
 * JTS keeps x = longitude, y = latitude.
 */
public final class GeoJson {

    /** SRID 4326 (WGS 84), floating precision. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJson() {
    }

    public static Point point(double longitude, double latitude) {
        return FACTORY.createPoint(new Coordinate(longitude, latitude));
    }

    /** Reads a GeoJSON geometry object; {@code field} names it in any problem. */
    public static Geometry read(JsonNode node, String field) {
        if (node == null || node.isNull() || !node.isObject()) {
            throw InvalidInput.of(field, "a GeoJSON geometry object is required");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isString()) {
            throw InvalidInput.of(field + ".type", "required: Point, LineString, Polygon, MultiPoint, MultiLineString or MultiPolygon");
        }
        JsonNode coordinates = node.get("coordinates");
        String at = field + ".coordinates";
        if (coordinates == null || !coordinates.isArray()) {
            throw InvalidInput.of(at, "an array of positions is required");
        }
        Geometry geometry = switch (type.asString()) {
            case "Point" -> FACTORY.createPoint(position(coordinates, at));
            case "MultiPoint" -> FACTORY.createMultiPoint(positions(coordinates, at, 1).stream()
                    .map(FACTORY::createPoint).toArray(Point[]::new));
            case "LineString" -> lineString(coordinates, at);
            case "MultiLineString" -> FACTORY.createMultiLineString(array(coordinates, at).stream()
                    .map(line -> lineString(line.node(), line.at())).toArray(LineString[]::new));
            case "Polygon" -> polygon(coordinates, at);
            case "MultiPolygon" -> FACTORY.createMultiPolygon(array(coordinates, at).stream()
                    .map(polygon -> polygon(polygon.node(), polygon.at())).toArray(Polygon[]::new));
            default -> throw InvalidInput.of(field + ".type", "'" + type.asString()
                    + "' is not a supported geometry: Point, LineString, Polygon, MultiPoint, MultiLineString or MultiPolygon");
        };
        if (!geometry.isValid()) {
            throw InvalidInput.of(field, "the geometry is not valid (self-intersecting ring or similar)");
        }
        return geometry;
    }

    public static ObjectNode write(Geometry geometry) {
        ObjectNode node = NODES.objectNode();
        node.put("type", geometry.getGeometryType());
        node.set("coordinates", coordinates(geometry));
        return node;
    }

    private static JsonNode coordinates(Geometry geometry) {
        if (geometry instanceof Point point) {
            return position(point.getCoordinate());
        }
        if (geometry instanceof LineString line) {
            return positions(line.getCoordinates());
        }
        if (geometry instanceof Polygon polygon) {
            ArrayNode rings = NODES.arrayNode();
            rings.add(positions(polygon.getExteriorRing().getCoordinates()));
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
            }
            return rings;
        }
        if (geometry instanceof MultiPoint || geometry instanceof MultiLineString || geometry instanceof MultiPolygon) {
            ArrayNode parts = NODES.arrayNode();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                parts.add(coordinates(geometry.getGeometryN(i)));
            }
            return parts;
        }
        throw new IllegalArgumentException("no GeoJSON form for " + geometry.getGeometryType());
    }

    private static ArrayNode position(Coordinate coordinate) {
        return NODES.arrayNode().add(coordinate.x).add(coordinate.y);
    }

    private static ArrayNode positions(Coordinate[] coordinates) {
        ArrayNode array = NODES.arrayNode();
        for (Coordinate coordinate : coordinates) {
            array.add(position(coordinate));
        }
        return array;
    }

    private static LineString lineString(JsonNode node, String at) {
        return FACTORY.createLineString(positions(node, at, 2).toArray(Coordinate[]::new));
    }

    private static Polygon polygon(JsonNode node, String at) {
        List<Located> rings = array(node, at);
        if (rings.isEmpty()) {
            throw InvalidInput.of(at, "a polygon has at least an outer ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = rings.stream().skip(1).map(GeoJson::ring).toArray(LinearRing[]::new);
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(Located ring) {
        List<Coordinate> positions = positions(ring.node(), ring.at(), 4);
        if (!positions.get(0).equals2D(positions.get(positions.size() - 1))) {
            throw InvalidInput.of(ring.at(), "a ring must end where it starts");
        }
        return FACTORY.createLinearRing(positions.toArray(Coordinate[]::new));
    }

    private static List<Coordinate> positions(JsonNode node, String at, int minimum) {
        List<Coordinate> positions = new ArrayList<>();
        for (Located position : array(node, at)) {
            positions.add(position(position.node(), position.at()));
        }
        if (positions.size() < minimum) {
            throw InvalidInput.of(at, "needs at least " + minimum + " positions");
        }
        return positions;
    }

    private static Coordinate position(JsonNode node, String at) {
        if (!node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            throw InvalidInput.of(at, "a position is [longitude, latitude]");
        }
        double longitude = node.get(0).asDouble();
        double latitude = node.get(1).asDouble();
        if (!(longitude >= -180 && longitude <= 180)) {
            throw InvalidInput.of(at + "[0]", "longitude " + longitude + " is outside -180..180");
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            throw InvalidInput.of(at + "[1]", "latitude " + latitude + " is outside -90..90");
        }
        return new Coordinate(longitude, latitude);
    }

    private static List<Located> array(JsonNode node, String at) {
        if (!node.isArray()) {
            throw InvalidInput.of(at, "an array is required");
        }
        List<Located> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new Located(node.get(i), at + "[" + i + "]"));
        }
        return items;
    }

    private record Located(JsonNode node, String at) {
    }
}
