package org.truce.verification;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.truce.agreement.SignedVersion;
import org.truce.geo.CellAnswers;
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
    private final Map<String, VersionShapes> byVersion = new ConcurrentHashMap<>();

    public Scopes(Regions regions) {
        this.regions = regions;
    }

    public Regions regions() {
        return regions;
    }

    /** The first party (in code order) whose protected territory covers the point (on the edge counts). */
    public Optional<String> partyCovering(SignedVersion version, Point point) {
        return partyCovering(version, point.getX(), point.getY());
    }

    /** {@link #partyCovering(SignedVersion, Point)} at a longitude and latitude (a point is made only when needed). */
    public Optional<String> partyCovering(SignedVersion version, double longitude, double latitude) {
        VersionShapes v = shapes(version);
        String known = v.cells.get(longitude, latitude);
        if (known == null) {
            known = classify(v, longitude, latitude);
            v.cells.put(longitude, latitude, known);
        }
        if (!known.equals(MIXED)) {
            return known.equals(NONE) ? Optional.empty() : Optional.of(known);
        }
        return exact(v.byParty, org.truce.geo.GeoJson.point(longitude, latitude));
    }

    /**
     * A cell lying wholly inside one party's territory, or wholly outside every territory, answers
     * every point in it without a point-in-polygon test (the shipped borders have many vertices).
     */
    private static final String MIXED = "\u0000mixed";
    private static final String NONE = "\u0000none";

    private static String classify(VersionShapes v, double x, double y) {
        Geometry box = CellAnswers.cellOf(x, y);
        boolean touchesAny = false;
        for (Map.Entry<String, List<PreparedGeometry>> entry : v.byParty.entrySet()) {
            for (PreparedGeometry shape : entry.getValue()) {
                if (shape.covers(box)) {
                    return entry.getKey();
                }
                touchesAny |= shape.intersects(box);
            }
        }
        return touchesAny ? MIXED : NONE;
    }

    private static Optional<String> exact(Map<String, List<PreparedGeometry>> byParty, Point point) {
        for (Map.Entry<String, List<PreparedGeometry>> entry : byParty.entrySet()) {
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

    private record VersionShapes(Map<String, List<PreparedGeometry>> byParty, CellAnswers<String> cells) {
    }

    /** The last version asked for: the engine asks for one version many times in a row. */
    private volatile Object[] last = {null, -1, null};

    private VersionShapes shapes(SignedVersion version) {
        Object[] recent = last;
        if (version.agreementId().equals(recent[0]) && version.version() == (int) recent[1]) {
            return (VersionShapes) recent[2];
        }
        VersionShapes found = byVersion.computeIfAbsent(version.agreementId() + "#" + version.version(), key -> {
            Map<String, List<PreparedGeometry>> map = new TreeMap<>();
            version.terms().geographicScope().forEach((party, scope) -> {
                List<PreparedGeometry> prepared = new ArrayList<>();
                for (Geometry shape : scope.geometries(regions)) {
                    prepared.add(PreparedGeometryFactory.prepare(shape));
                }
                map.put(party, prepared);
            });
            return new VersionShapes(map, new CellAnswers<>());
        });
        last = new Object[] {version.agreementId(), version.version(), found};
        return found;
    }
}
