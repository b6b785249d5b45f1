package org.truce.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.truce.shared.InvalidInput;

/**
 * Server-side clustering for map overlays: the points inside the view are grouped by a grid of
 * {@value #CELL_PIXELS}-pixel squares on the Web Mercator plane at the view's zoom, so the
 * answer holds at most one feature per cell however many points there are (100,000 incidents
 * become a few hundred features), in one pass over the points.
 */
public final class GridClustering {

    public static final int CELL_PIXELS = 64;
    public static final int MAX_ZOOM = 22;
    /** From this zoom on, every point is drawn on its own. */
    public static final int SINGLES_ZOOM = 17;
    /** More cells than several large screens hold means the request is not a map view. */
    public static final long MAX_CELLS = 10_000;
    private static final double MAX_LATITUDE = 85.05112878;

    private GridClustering() {
    }

    public static void checkZoom(int zoom) {
        if (zoom < 0 || zoom > MAX_ZOOM) {
            throw InvalidInput.of("zoom", "a zoom level within 0.." + MAX_ZOOM);
        }
    }

    public static List<PointCluster> cluster(Iterable<MapPoint> points, BoundingBox box, int zoom) {
        checkZoom(zoom);
        double cell = CELL_PIXELS;
        double columns = Math.ceil((x(box.east(), zoom) - x(box.west(), zoom)) / cell) + 1;
        double rows = Math.ceil((y(box.south(), zoom) - y(box.north(), zoom)) / cell) + 1;
        if (columns * rows > MAX_CELLS) {
            throw InvalidInput.of("bbox", "the box covers more than " + MAX_CELLS + " cells of " + CELL_PIXELS
                    + " pixels at zoom " + zoom + ": ask for the box a map view shows");
        }
        Map<Long, Accumulator> cells = new HashMap<>();
        for (MapPoint point : points) {
            if (!box.contains(point.longitude(), point.latitude())) {
                continue;
            }
            long column = (long) Math.floor(x(point.longitude(), zoom) / cell);
            long row = (long) Math.floor(y(point.latitude(), zoom) / cell);
            long key = zoom >= SINGLES_ZOOM ? cells.size() : (column << 32) | (row & 0xffffffffL);
            cells.computeIfAbsent(key, k -> new Accumulator(zoom + "/" + column + "/" + row)).add(point);
        }
        List<PointCluster> clusters = new ArrayList<>(cells.size());
        cells.values().forEach(accumulator -> clusters.add(accumulator.toCluster()));
        clusters.sort((a, b) -> a.cell().compareTo(b.cell()));
        return clusters;
    }

    /** Web Mercator x in pixels at the zoom (256-pixel tiles). */
    static double x(double longitude, int zoom) {
        return (longitude + 180) / 360 * 256 * Math.pow(2, zoom);
    }

    /** Web Mercator y in pixels at the zoom, growing southwards. */
    static double y(double latitude, int zoom) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)));
        double mercator = Math.log(Math.tan(Math.PI / 4 + phi / 2));
        return (1 - mercator / Math.PI) / 2 * 256 * Math.pow(2, zoom);
    }

    private static final class Accumulator {
        private final String cell;
        private final Map<String, Integer> kinds = new TreeMap<>();
        private double sumLongitude;
        private double sumLatitude;
        private double west = Double.MAX_VALUE;
        private double south = Double.MAX_VALUE;
        private double east = -Double.MAX_VALUE;
        private double north = -Double.MAX_VALUE;
        private int count;
        private MapPoint first;

        Accumulator(String cell) {
            this.cell = cell;
        }

        void add(MapPoint point) {
            if (first == null) {
                first = point;
            }
            count++;
            sumLongitude += point.longitude();
            sumLatitude += point.latitude();
            west = Math.min(west, point.longitude());
            east = Math.max(east, point.longitude());
            south = Math.min(south, point.latitude());
            north = Math.max(north, point.latitude());
            if (point.kind() != null) {
                kinds.merge(point.kind(), 1, Integer::sum);
            }
        }

        PointCluster toCluster() {
            MapPoint single = count == 1 ? first : null;
            double longitude = single != null ? single.longitude() : sumLongitude / count;
            double latitude = single != null ? single.latitude() : sumLatitude / count;
            return new PointCluster(cell, longitude, latitude, count, Map.copyOf(kinds),
                    new double[] {west, south, east, north}, single);
        }
    }
}
