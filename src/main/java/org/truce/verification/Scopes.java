package org.truce.verification;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.truce.agreement.SignedVersion;
import org.truce.geo.Regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agreements' geographic scopes, prepared once per version (the terms' own check reads the
 * areas on each call; the engine asks a million times).
 */
public final class Scopes {

    private final Regions regions;
    private final Map<String, Map<String, List<PreparedGeometry>>> byVersion = new ConcurrentHashMap<>();

    public Scopes(Regions regions) {
        this.regions = regions;
    }

    public Regions regions() {
        return regions;
    }

    /** The first party (in code order) whose protected territory covers the point (on the edge counts). */
    public Optional<String> partyCovering(SignedVersion version, Point point) {
        for (Map.Entry<String, List<PreparedGeometry>> entry : shapes(version).entrySet()) {
            for (PreparedGeometry shape : entry.getValue()) {
                if (shape.covers(point)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the named region lies in some party's scope (named there, or its country is). */
    public Optional<String> partyNaming(SignedVersion version, String regionId) {
        for (var entry : version.terms().geographicScope().entrySet()) {
            List<String> named = entry.getValue().regions();
            String country = regions.byId(regionId).map(r -> r.country()).orElse(null);
            if (named.contains(regionId) || (country != null && named.contains(country))) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private Map<String, List<PreparedGeometry>> shapes(SignedVersion version) {
        return byVersion.computeIfAbsent(version.agreementId() + "#" + version.version(), key -> {
            Map<String, List<PreparedGeometry>> map = new TreeMap<>();
            version.terms().geographicScope().forEach((party, scope) -> {
                List<PreparedGeometry> prepared = new ArrayList<>();
                for (Geometry shape : scope.geometries(regions)) {
                    prepared.add(PreparedGeometryFactory.prepare(shape));
                }
                map.put(party, prepared);
            });
            return map;
        });
    }
}
