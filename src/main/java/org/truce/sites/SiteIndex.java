package org.truce.sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.truce.geo.GeoJson;
import org.truce.geo.Geodesy;

/**
 * Every protected site in memory, with a spatial index that answers "which sites lie within d
 * metres of this point, line or area" without touching the database. It follows the ledger:
 * rebuilt from storage at start, then each committed site event is applied (idempotently, so a
 * redelivered entry changes nothing). It holds every site regardless of who asks: callers that
 * answer a viewer filter by visibility ({@link Sites} does).
 *
 * <p>Distances are metres on the sphere ({@link Geodesy}): an envelope prefilter on the grid,
 * then the exact distance, so a site exactly at the radius is found.
 */
public final class SiteIndex {

    /** Grows the prefilter envelope so that rounding never drops a site lying exactly at the radius. */
    private static final double PAD_METRES = 1.0;
    private static final Comparator<SiteHit> NEAREST_FIRST = Comparator.comparingDouble(SiteHit::distanceMetres)
            .thenComparing(hit -> hit.site().id());

    private volatile State state = new State();

    private static final class State {
        final ConcurrentSkipListMap<String, Slot> byId = new ConcurrentSkipListMap<>();
        final SpatialGrid grid = new SpatialGrid();
        final java.util.Map<String, String> bySource = new java.util.concurrent.ConcurrentHashMap<>();
    }

    // ---- following the ledger -------------------------------------------------------------

    /** Replaces the whole index with the sites these events (in ledger order) describe. */
    public synchronized void rebuild(Iterable<SiteEvent.Sequenced> events) {
        State fresh = new State();
        for (SiteEvent.Sequenced event : events) {
            apply(fresh, event);
        }
        state = fresh;
    }

    /** Applies committed events in ledger order; one already applied is ignored. */
    public synchronized void apply(List<SiteEvent.Sequenced> events) {
        State current = state;
        for (SiteEvent.Sequenced event : events) {
            apply(current, event);
        }
    }

    private static void apply(State state, SiteEvent.Sequenced sequenced) {
        SiteEvent event = sequenced.event();
        long seq = sequenced.seq();
        if (event instanceof Nomination nomination) {
            if (!state.byId.containsKey(nomination.siteId())) {
                Slot slot = new Slot(Site.nominated(nomination, nomination.parsedGeometry()), seq);
                state.grid.insert(slot);
                state.byId.put(slot.id, slot);
                if (nomination.sourceRef() != null) {
                    state.bySource.put(SiteStore.sourceKey(nomination.owner(), nomination.source(),
                            nomination.sourceRef()), slot.id);
                }
            }
            return;
        }
        Slot slot = state.byId.get(event.siteId());
        if (slot == null) {
            // its nomination is not loaded yet; the follower delivers the entry again after it
            return;
        }
        if (event instanceof StatusChange change && seq > slot.statusSeq) {
            slot.site = slot.site.with(change);
            slot.statusSeq = seq;
        } else if (event instanceof ControlChange change && seq > slot.controlSeq) {
            slot.site = slot.site.with(change);
            slot.controlSeq = seq;
        }
    }

    // ---- reading -----------------------------------------------------------------------------

    public Optional<Site> site(String id) {
        Slot slot = id == null ? null : state.byId.get(id);
        return slot == null ? Optional.empty() : Optional.of(slot.site);
    }

    /** Every site, in id order (which is nomination order). */
    public Stream<Site> sites() {
        return state.byId.values().stream().map(slot -> slot.site);
    }

    /** The site an owner nominated from this source record, if any. */
    public Optional<Site> bySource(String owner, String source, String sourceRef) {
        String id = state.bySource.get(SiteStore.sourceKey(owner, source, sourceRef));
        return id == null ? Optional.empty() : site(id);
    }

    public int size() {
        return state.byId.size();
    }

    /** Sites within {@code metres} of the point, nearest first. */
    public List<SiteHit> within(double latitude, double longitude, double metres) {
        requireRadius(metres);
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a WGS 84 position: " + latitude + ", " + longitude);
        }
        List<SiteHit> hits = new ArrayList<>();
        Point[] centre = new Point[1];
        forEachCandidate(Geodesy.envelopeAround(latitude, longitude, metres + PAD_METRES), slot -> {
            double distance;
            if (slot.point) {
                distance = Geodesy.distanceMetres(latitude, longitude, slot.latitude, slot.longitude);
            } else {
                if (centre[0] == null) {
                    centre[0] = GeoJson.point(longitude, latitude);
                }
                distance = Geodesy.distanceMetres(centre[0], slot.geometry);
            }
            if (distance <= metres) {
                hits.add(new SiteHit(slot.site, distance));
            }
        });
        hits.sort(NEAREST_FIRST);
        return hits;
    }

    /** Sites within {@code metres} of a point, line or area (0 for a site inside the area), nearest first. */
    public List<SiteHit> within(Geometry place, double metres) {
        requireRadius(metres);
        if (place instanceof Point point) {
            return within(point.getY(), point.getX(), metres);
        }
        List<SiteHit> hits = new ArrayList<>();
        forEachCandidate(Geodesy.envelopeAround(place, metres + PAD_METRES), slot -> {
            double distance = slot.point
                    ? Geodesy.distanceMetres((Point) slot.geometry, place)
                    : SiteDistances.between(slot.geometry, place);
            if (distance <= metres) {
                hits.add(new SiteHit(slot.site, distance));
            }
        });
        hits.sort(NEAREST_FIRST);
        return hits;
    }

    /** Sites whose geometry meets the longitude/latitude box, in id order. */
    public List<Site> intersecting(Envelope box) {
        Geometry boxGeometry = GeoJson.FACTORY.toGeometry(box);
        List<Site> found = new ArrayList<>();
        forEachCandidate(box, slot -> {
            if (slot.point ? box.contains(slot.longitude, slot.latitude)
                    : box.intersects(slot.envelope) && boxGeometry.intersects(slot.geometry)) {
                found.add(slot.site);
            }
        });
        found.sort(Comparator.comparing(Site::id));
        return found;
    }

    /**
     * Candidates from the grid for the envelope; an envelope that crosses the antimeridian (a
     * query near 180° east) is also looked up on the other side.
     */
    private void forEachCandidate(Envelope envelope, Consumer<Slot> out) {
        SpatialGrid grid = state.grid;
        Set<Slot> seen = new HashSet<>();
        grid.candidates(clampLongitude(envelope), seen, out);
        if (envelope.getMinX() < -180) {
            grid.candidates(new Envelope(envelope.getMinX() + 360, 180, envelope.getMinY(), envelope.getMaxY()), seen, out);
        }
        if (envelope.getMaxX() > 180) {
            grid.candidates(new Envelope(-180, envelope.getMaxX() - 360, envelope.getMinY(), envelope.getMaxY()), seen, out);
        }
    }

    private static Envelope clampLongitude(Envelope envelope) {
        return new Envelope(Math.max(-180, envelope.getMinX()), Math.min(180, envelope.getMaxX()),
                envelope.getMinY(), envelope.getMaxY());
    }

    private static void requireRadius(double metres) {
        if (!(metres >= 0) || Double.isInfinite(metres)) {
            throw new IllegalArgumentException("a radius is a finite number of metres, at least 0: " + metres);
        }
    }
}
