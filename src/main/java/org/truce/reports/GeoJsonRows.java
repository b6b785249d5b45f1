package org.truce.reports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON FeatureCollection read feature by feature (never the whole file in memory): each
 * feature's Point geometry gives the coordinates, its properties the flat columns of
 * {@link FlatFields}. A feature without geometry is located by its {@code place} property.
 */
final class GeoJsonRows implements BulkRows {

    private final InputStream in;

    GeoJsonRows(InputStream in) {
        this.in = in;
    }

    @Override
    public void read(RowConsumer consumer) {
        try (JsonParser parser = NdjsonRows.JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw InvalidInput.of("body", "a GeoJSON FeatureCollection object is required");
            }
            boolean sawFeatures = false;
            String type = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("features".equals(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw InvalidInput.of("features", "an array of features is required");
                    }
                    sawFeatures = true;
                    features(parser, consumer);
                } else if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
                    type = parser.getString();
                } else {
                    parser.skipChildren();
                }
            }
            if (type != null && !"FeatureCollection".equals(type)) {
                throw InvalidInput.of("type", "a FeatureCollection is required, not a " + type);
            }
            if (!sawFeatures) {
                throw InvalidInput.of("features", "a FeatureCollection has a 'features' array");
            }
        } catch (JacksonException e) {
            throw InvalidInput.of("body", "not readable GeoJSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        }
    }

    private void features(JsonParser parser, RowConsumer consumer) {
        long number = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            number++;
            JsonNode feature = parser.readValueAsTree();
            List<FieldProblem> unreadable = new ArrayList<>();
            Map<String, String> row = new LinkedHashMap<>();
            JsonNode properties = feature.path("properties");
            if (properties.isObject()) {
                for (Map.Entry<String, JsonNode> property : properties.properties()) {
                    if (FlatFields.fieldOf(property.getKey()) == null) {
                        unreadable.add(new FieldProblem("properties." + property.getKey(), "unknown property; known: "
                                + String.join(", ", FlatFields.knownColumns())));
                    } else if (!property.getValue().isNull()) {
                        row.put(property.getKey(), property.getValue().isValueNode()
                                ? property.getValue().asString() : property.getValue().toString());
                    }
                }
            }
            JsonNode geometry = feature.path("geometry");
            if (geometry.isObject()) {
                JsonNode coordinates = geometry.path("coordinates");
                if (!"Point".equals(geometry.path("type").asString()) || !coordinates.isArray() || coordinates.size() < 2
                        || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
                    unreadable.add(new FieldProblem("geometry", "a Point [longitude, latitude] is required"));
                } else {
                    row.put("longitude", coordinates.get(0).asString());
                    row.put("latitude", coordinates.get(1).asString());
                }
            }
            UnaryOperator<String> names = GEOJSON_NAMES;
            NewReport report = FlatFields.toReport(row, unreadable, names);
            consumer.row(number, report, names, unreadable);
        }
    }

    /** Coordinates come from the geometry; the other fields from properties of the column names. */
    private static final UnaryOperator<String> GEOJSON_NAMES = field -> switch (field) {
        case "where.latitude" -> "geometry.coordinates[1]";
        case "where.longitude" -> "geometry.coordinates[0]";
        default -> FlatFields.COLUMNS.entrySet().stream().filter(e -> e.getValue().equals(field))
                .map(e -> "properties." + e.getKey()).findFirst().orElse(field);
    };
}
