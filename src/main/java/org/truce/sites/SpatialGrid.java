package org.truce.sites;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Envelope;

/**
 * A fixed grid of longitude/latitude cells that takes inserts without a rebuild (a JTS STRtree
 * cannot). Each cell holds an array that is replaced on write, so queries never lock; writes
 * come from one thread (the ledger follower) and are serialized anyway. A point lies in exactly
 * one cell; a line or polygon is put in every cell its envelope touches, or, when that would be
 * more than {@link #MAX_CELLS_PER_ITEM} cells (a long pipeline), in a short list every query
 * scans.
 */
final class SpatialGrid {

    /** 0.1° is about 11 km north-south: a 10 km query touches a dozen cells. */
    static final double CELL_DEGREES = 0.1;
    static final int MAX_CELLS_PER_ITEM = 256;

    private final Map<Long, Slot[]> cells = new ConcurrentHashMap<>();
    private volatile Slot[] wide = new Slot[0];

    synchronized void insert(Slot slot) {
        Envelope envelope = slot.envelope;
        int minX = cell(envelope.getMinX());
        int maxX = cell(envelope.getMaxX());
        int minY = cell(envelope.getMinY());
        int maxY = cell(envelope.getMaxY());
        long count = (long) (maxX - minX + 1) * (maxY - minY + 1);
        if (count > MAX_CELLS_PER_ITEM) {
            wide = append(wide, slot);
            return;
        }
        slot.multiCell = count > 1;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                cells.merge(key(x, y), new Slot[] {slot}, SpatialGrid::concat);
            }
        }
    }

    /**
     * Every slot whose cell touches the envelope (a superset of the answer), each once: slots in
     * several cells are reported only if {@code seen} does not hold them yet.
     */
    void candidates(Envelope query, Set<Slot> seen, Consumer<Slot> out) {
        int minX = cell(query.getMinX());
        int maxX = cell(query.getMaxX());
        int minY = cell(query.getMinY());
        int maxY = cell(query.getMaxY());
        long span = (long) (maxX - minX + 1) * (maxY - minY + 1);
        if (span > cells.size()) {
            // a query larger than the occupied grid: walk the occupied cells instead of the empty ones
            for (Map.Entry<Long, Slot[]> entry : cells.entrySet()) {
                long key = entry.getKey();
                int x = (short) key;
                int y = (int) (key >> 16);
                if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                    report(entry.getValue(), seen, out);
                }
            }
        } else {
            for (int y = minY; y <= maxY; y++) {
                for (int x = minX; x <= maxX; x++) {
                    Slot[] slots = cells.get(key(x, y));
                    if (slots != null) {
                        report(slots, seen, out);
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

    private static void report(Slot[] slots, Set<Slot> seen, Consumer<Slot> out) {
        for (Slot slot : slots) {
            if (!slot.multiCell || seen.add(slot)) {
                out.accept(slot);
            }
        }
    }

    static int cell(double degrees) {
        return (int) Math.floor(degrees / CELL_DEGREES);
    }

    /**
     * x in the low 16 bits (a 0.1° cell index fits a short), y above: distinct keys have distinct
     * {@code Long.hashCode}s. With y in the high 32 bits the hash was x ^ y, which put a dozen cells
     * in every bucket of the map and made each lookup walk a tree.
     */
    private static long key(int x, int y) {
        return ((long) y << 16) | (x & 0xffffL);
    }

    private static Slot[] concat(Slot[] a, Slot[] b) {
        Slot[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static Slot[] append(Slot[] slots, Slot slot) {
        Slot[] grown = Arrays.copyOf(slots, slots.length + 1);
        grown[slots.length] = slot;
        return grown;
    }
}
