package org.truce.ui;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer of a map layer's endpoint: a GeoJSON FeatureCollection of points. A cluster is
 * {@code {"cluster": true, "count": n, "kinds": {kind: n}, "bounds": [w, s, e, n]}}; a point
 * drawn alone is {@code {"cluster": false, "count": 1, "id": …, "kind": …}} plus its own properties.
 * {@code total} is the number of points in the view.
 */
public final class ClusterGeoJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ClusterGeoJson() {
    }

    public static ObjectNode write(List<PointCluster> clusters) {
        ObjectNode collection = NODES.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        long total = 0;
        for (PointCluster cluster : clusters) {
            total += cluster.count();
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(cluster.longitude()).add(cluster.latitude());
            ObjectNode properties = feature.putObject("properties");
            if (cluster.isSingle()) {
                MapPoint point = cluster.single();
                feature.put("id", point.id());
                point.properties().forEach((key, value) -> properties.putPOJO(key, value));
                properties.put("cluster", false);
                properties.put("count", 1);
                properties.put("id", point.id());
                properties.put("kind", point.kind());
            } else {
                feature.put("id", cluster.cell());
                properties.put("cluster", true);
                properties.put("count", cluster.count());
                ObjectNode kinds = properties.putObject("kinds");
                for (Map.Entry<String, Integer> kind : cluster.kinds().entrySet()) {
                    kinds.put(kind.getKey(), kind.getValue());
                }
                ArrayNode bounds = properties.putArray("bounds");
                for (double edge : cluster.bounds()) {
                    bounds.add(edge);
                }
            }
        }
        collection.put("total", total);
        return collection;
    }
}
