package org.truce.sites;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Envelope;

/**
 * A fixed grid of longitude/latitude cells that takes inserts without a rebuild (a JTS STRtree
 * cannot). Each cell holds an array that is replaced on write, so queries never lock; writes
 * come from one thread (the ledger follower) and are serialized anyway. A point lies in exactly
 * one cell; a line or polygon is put in every cell its envelope touches, or, when that would be
 * more than {@link #MAX_CELLS_PER_ITEM} cells (a long pipeline), in a short list every query
 * scans.
 *
 * <p>The cells are found by index, not by hashing: the world is cut into 1° blocks (an array of
 * 360 × 180), each block, once something lies in it, into 10 × 10 cells of 0.1°. A hash map of
 * cells boxed a key per lookup and missed the cache on its nodes; a determination looks up a
 * dozen cells per claim.
 */
final class SpatialGrid {

    /** 0.1° is about 11 km north-south: a 10 km query touches a dozen cells. */
    static final double CELL_DEGREES = 0.1;
    static final int MAX_CELLS_PER_ITEM = 256;
    private static final int CELLS_PER_BLOCK_SIDE = 10;
    private static final int MIN_X = -1800;
    private static final int MAX_X = 1799;
    private static final int MIN_Y = -900;
    private static final int MAX_Y = 899;
    private static final int BLOCK_COLUMNS = 360;

    /**
     * A cell's slots and, two by two, each one's longitude and latitude when it is a point (NaN for a
     * line or area): a query tests the points against its box without loading the slots, which lie
     * all over the heap.
     */
    private record Cell(Slot[] slots, double[] points) {
        Cell with(Slot slot) {
            Slot[] grown = Arrays.copyOf(slots, slots.length + 1);
            grown[slots.length] = slot;
            double[] coordinates = Arrays.copyOf(points, points.length + 2);
            coordinates[points.length] = slot.point ? slot.longitude : Double.NaN;
            coordinates[points.length + 1] = slot.point ? slot.latitude : Double.NaN;
            return new Cell(grown, coordinates);
        }
    }

    private static final Cell EMPTY_CELL = new Cell(new Slot[0], new double[0]);

    /** Blocks by (row, column); a block's cells by (row, column) inside it. Both published safely for the lock-free readers. */
    private final AtomicReferenceArray<AtomicReferenceArray<Cell>> blocks = new AtomicReferenceArray<>(BLOCK_COLUMNS * 180);
    private volatile Slot[] wide = new Slot[0];

    synchronized void insert(Slot slot) {
        Envelope envelope = slot.envelope;
        int minX = cellX(envelope.getMinX());
        int maxX = cellX(envelope.getMaxX());
        int minY = cellY(envelope.getMinY());
        int maxY = cellY(envelope.getMaxY());
        long count = (long) (maxX - minX + 1) * (maxY - minY + 1);
        if (count > MAX_CELLS_PER_ITEM) {
            wide = append(wide, slot);
            return;
        }
        slot.multiCell = count > 1;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                AtomicReferenceArray<Cell> block = blocks.get(blockOf(x, y));
                if (block == null) {
                    block = new AtomicReferenceArray<>(CELLS_PER_BLOCK_SIDE * CELLS_PER_BLOCK_SIDE);
                    blocks.set(blockOf(x, y), block);
                }
                Cell cell = block.get(cellInBlock(x, y));
                block.set(cellInBlock(x, y), (cell == null ? EMPTY_CELL : cell).with(slot));
            }
        }
    }

    /**
     * Every point inside the envelope and every line or area whose cell touches it (a superset of
     * the answer), each once: slots in several cells are reported only if {@code seen} does not hold
     * them yet.
     */
    void candidates(Envelope query, Set<Slot> seen, Consumer<Slot> out) {
        int minX = cellX(query.getMinX());
        int maxX = cellX(query.getMaxX());
        int minY = cellY(query.getMinY());
        int maxY = cellY(query.getMaxY());
        // block by block, so that a query over a large empty area skips each empty block at once
        for (int by = Math.floorDiv(minY, CELLS_PER_BLOCK_SIDE); by <= Math.floorDiv(maxY, CELLS_PER_BLOCK_SIDE); by++) {
            for (int bx = Math.floorDiv(minX, CELLS_PER_BLOCK_SIDE); bx <= Math.floorDiv(maxX, CELLS_PER_BLOCK_SIDE); bx++) {
                AtomicReferenceArray<Cell> block = blocks.get(
                        (by - MIN_Y / CELLS_PER_BLOCK_SIDE) * BLOCK_COLUMNS + bx - MIN_X / CELLS_PER_BLOCK_SIDE);
                if (block == null) {
                    continue;
                }
                int fromY = Math.max(minY, by * CELLS_PER_BLOCK_SIDE);
                int toY = Math.min(maxY, by * CELLS_PER_BLOCK_SIDE + CELLS_PER_BLOCK_SIDE - 1);
                int fromX = Math.max(minX, bx * CELLS_PER_BLOCK_SIDE);
                int toX = Math.min(maxX, bx * CELLS_PER_BLOCK_SIDE + CELLS_PER_BLOCK_SIDE - 1);
                for (int y = fromY; y <= toY; y++) {
                    for (int x = fromX; x <= toX; x++) {
                        Cell cell = block.get(cellInBlock(x, y));
                        if (cell != null) {
                            report(cell, query, seen, out);
                        }
                    }
                }
            }
        }
        for (Slot slot : wide) {
            if (seen.add(slot)) {
                out.accept(slot);
            }
        }
    }

    private static void report(Cell cell, Envelope query, Set<Slot> seen, Consumer<Slot> out) {
        Slot[] slots = cell.slots;
        double[] points = cell.points;
        double minX = query.getMinX();
        double maxX = query.getMaxX();
        double minY = query.getMinY();
        double maxY = query.getMaxY();
        for (int i = 0; i < slots.length; i++) {
            double x = points[2 * i];
            if (!Double.isNaN(x)) {
                double y = points[2 * i + 1];
                if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                    out.accept(slots[i]);
                }
            } else if (!slots[i].multiCell || seen.add(slots[i])) {
                out.accept(slots[i]);
            }
        }
    }

    /** The column of the cell holding a longitude (clamped to the world, as are the queries). */
    static int cellX(double longitude) {
        return Math.max(MIN_X, Math.min(MAX_X, (int) Math.floor(longitude / CELL_DEGREES)));
    }

    /** The row of the cell holding a latitude; 90° N falls in the last row. */
    static int cellY(double latitude) {
        return Math.max(MIN_Y, Math.min(MAX_Y, (int) Math.floor(latitude / CELL_DEGREES)));
    }

    private static int blockOf(int x, int y) {
        return (Math.floorDiv(y, CELLS_PER_BLOCK_SIDE) - MIN_Y / CELLS_PER_BLOCK_SIDE) * BLOCK_COLUMNS
                + Math.floorDiv(x, CELLS_PER_BLOCK_SIDE) - MIN_X / CELLS_PER_BLOCK_SIDE;
    }

    private static int cellInBlock(int x, int y) {
        return Math.floorMod(y, CELLS_PER_BLOCK_SIDE) * CELLS_PER_BLOCK_SIDE + Math.floorMod(x, CELLS_PER_BLOCK_SIDE);
    }

    private static Slot[] append(Slot[] slots, Slot slot) {
        Slot[] grown = Arrays.copyOf(slots, slots.length + 1);
        grown[slots.length] = slot;
        return grown;
    }
}
