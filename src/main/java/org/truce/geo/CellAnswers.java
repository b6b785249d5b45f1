package org.truce.geo;

import java.util.concurrent.atomic.AtomicReferenceArray;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What is known of each 0.25° cell of the globe (whatever a caller classifies a cell as), once
 * known: a point's question is answered from its cell when the whole cell gives one answer, which
 * spares the shipped borders' point-in-polygon tests (they have many vertices). Read on every core,
 * so without locks or boxed keys: a row of latitude is created once, and two threads classifying
 * the same cell at once store equal answers.
 */
public final class CellAnswers<T> {

    public static final double CELL = 0.25;
    private static final int COLUMNS = (int) Math.round(360 / CELL) + 1;
    private final AtomicReferenceArray<AtomicReferenceArray<T>> rows =
            new AtomicReferenceArray<>((int) Math.round(180 / CELL) + 1);

    /** The answer stored for the point's cell, or null (not classified yet, or off the globe). */
    public T get(double longitude, double latitude) {
        if (!inRange(longitude, latitude)) {
            return null;
        }
        AtomicReferenceArray<T> row = rows.get(row(latitude));
        return row == null ? null : row.get(column(longitude));
    }

    public void put(double longitude, double latitude, T answer) {
        if (!inRange(longitude, latitude)) {
            return;
        }
        int y = row(latitude);
        AtomicReferenceArray<T> row = rows.get(y);
        if (row == null) {
            rows.compareAndSet(y, null, new AtomicReferenceArray<>(COLUMNS));
            row = rows.get(y);
        }
        row.set(column(longitude), answer);
    }

    /** The cell holding the point, as a polygon, edges included. */
    public static Geometry cellOf(double longitude, double latitude) {
        double west = Math.floor((longitude + 180) / CELL) * CELL - 180;
        double south = Math.floor((latitude + 90) / CELL) * CELL - 90;
        return GeoJson.FACTORY.toGeometry(new Envelope(west, west + CELL, south, south + CELL));
    }

    private static boolean inRange(double longitude, double latitude) {
        return longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90;
    }

    private static int row(double latitude) {
        return (int) Math.floor((latitude + 90) / CELL);
    }

    private static int column(double longitude) {
        return (int) Math.floor((longitude + 180) / CELL);
    }
}
