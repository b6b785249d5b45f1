package org.truce.sites;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A site's place in the in-memory index. The geometry never changes after nomination, so the
 * slot stays where it was inserted; its current state is swapped in as status or control change.
 */
final class Slot {

    final String id;
    final Geometry geometry;
    final Envelope envelope;
    /** For a point site: its coordinates, read directly in the hot path of a {@code near} query. */
    final boolean point;
    final double longitude;
    final double latitude;
    /** Set by the grid when the slot lies in more than one cell, so queries report it once. */
    volatile boolean multiCell;
    volatile Site site;
    /** The ledger sequence numbers last applied, so that a redelivered entry changes nothing. */
    long statusSeq;
    long controlSeq;

    Slot(Site site, long seq) {
        this.id = site.id();
        this.geometry = site.geometry();
        this.envelope = geometry.getEnvelopeInternal();
        this.point = geometry instanceof Point;
        this.longitude = point ? ((Point) geometry).getX() : Double.NaN;
        this.latitude = point ? ((Point) geometry).getY() : Double.NaN;
        this.site = site;
        this.statusSeq = seq;
        this.controlSeq = seq;
    }
}
