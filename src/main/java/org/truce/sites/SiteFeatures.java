package org.truce.sites;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.TooLarge;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Site nominations as a GeoJSON FeatureCollection (RFC 7946): one feature per site, its
 * geometry the site's place and its properties the other fields (camelCase or snake_case).
 * Read with a streaming parser, one feature at a time.
 */
final class SiteFeatures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> PROPERTIES = new HashMap<>();

    static {
        SiteInput.FIELDS.stream().filter(f -> !f.equals("geometry")).forEach(f -> PROPERTIES.put(SiteCsv.normalize(f), f));
    }

    private SiteFeatures() {
    }

    static void read(InputStream in, int maxRows, Consumer<SiteFile.Row> rows) {
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw InvalidInput.of("body", "a GeoJSON FeatureCollection object is required");
            }
            boolean collection = false;
            int count = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    collection = value == JsonToken.VALUE_STRING && "FeatureCollection".equals(parser.getString());
                    if (!collection) {
                        throw InvalidInput.of("type", "a FeatureCollection is required");
                    }
                } else if ("features".equals(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw InvalidInput.of("features", "an array of features is required");
                    }
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (count == maxRows) {
                            throw new TooLarge("features", "more than " + maxRows + " features; split the file");
                        }
                        JsonNode feature = parser.readValueAsTree();
                        rows.accept(row(count, feature));
                        count++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!collection) {
                throw InvalidInput.of("type", "a FeatureCollection is required");
            }
            if (count == 0) {
                throw InvalidInput.of("features", "no features");
            }
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw InvalidInput.of("body", "malformed JSON" + where);
        }
    }

    private static SiteFile.Row row(int index, JsonNode feature) {
        String at = "features[" + index + "]";
        List<FieldProblem> problems = new ArrayList<>();
        if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            problems.add(new FieldProblem(at + ".type", "a GeoJSON Feature is required"));
            return new SiteFile.Row(index + 1, emptyInput(), f -> at + "." + f, problems);
        }
        Map<String, String> values = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        JsonNode properties = feature.get("properties");
        if (properties != null && !properties.isNull()) {
            if (!properties.isObject()) {
                problems.add(new FieldProblem(at + ".properties", "an object is required"));
            } else {
                for (Map.Entry<String, JsonNode> property : properties.properties()) {
                    String field = PROPERTIES.get(SiteCsv.normalize(property.getKey()));
                    String where = at + ".properties." + property.getKey();
                    if (field == null) {
                        problems.add(new FieldProblem(where, "unknown property; known properties: "
                                + String.join(", ", PROPERTIES.values().stream().sorted().toList())));
                    } else if (property.getValue().isContainer()) {
                        problems.add(new FieldProblem(where, "a string, number or boolean is required"));
                    } else if (!property.getValue().isNull()) {
                        values.put(field, property.getValue().asString());
                        keyOf.put(field, property.getKey());
                    }
                }
            }
        }
        UnaryOperator<String> fields = field -> {
            int dot = field.indexOf('.');
            String head = dot < 0 ? field : field.substring(0, dot);
            if (head.equals("geometry")) {
                return at + "." + field;
            }
            return at + ".properties." + keyOf.getOrDefault(head, head) + (dot < 0 ? "" : field.substring(dot));
        };
        JsonNode geometry = feature.get("geometry");
        SiteInput input = new SiteInput(values.get("name"), values.get("category"), values.get("kind"),
                geometry == null || geometry.isNull() ? null : geometry, values.get("latitude"), values.get("longitude"),
                values.get("country"), values.get("owner"), values.get("capacityMw"), values.get("source"),
                values.get("sourceRef"), values.get("controlContested"), values.get("controlReason"));
        return new SiteFile.Row(index + 1, input, fields, problems);
    }

    private static SiteInput emptyInput() {
        return new SiteInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
