package org.truce.verification;

import org.locationtech.jts.geom.Envelope;
import org.truce.geo.Geodesy;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A multimap from packed (cell, day) keys to claim indexes, in primitive arrays: a small
 * open-addressing table per day, of cells to the head of a chain of entries. A
 * {@code HashMap<Long, List>} of a million claims spends most of its time boxing and missing the
 * cache; one table of every key hashed at random still missed it on every lookup. Claims are filed
 * and looked up in the order of their days, so the tables of the few days in use stay in cache; a
 * table per day grows on its own, so a day with far more claims than the others costs no more than
 * its own claims.
 */
final class CellDayIndex {

    private static final long EMPTY = -1;
    private static final int DAY_BITS = 20;
    private static final int CHUNK_BITS = 10;

    /** The days' tables by the key's day (its low 20 bits), in chunks of 1,024 days made on first use. */
    private final DayTable[][] days = new DayTable[1 << (DAY_BITS - CHUNK_BITS)][];
    private int[] values;
    private int[] next;
    private int entries;

    /** One day's cells (the key without its day; never negative) to the head of their chain of entries. */
    private static final class DayTable {
        long[] cells = new long[16];
        int[] heads = new int[16];
        int used;

        DayTable() {
            Arrays.fill(cells, EMPTY);
        }

        int slot(long cell) {
            int shift = 64 - Integer.numberOfTrailingZeros(cells.length);
            int mask = cells.length - 1;
            int slot = (int) ((cell * 0x9E3779B97F4A7C15L) >>> shift);
            while (cells[slot] != EMPTY && cells[slot] != cell) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        void grow() {
            long[] oldCells = cells;
            int[] oldHeads = heads;
            cells = new long[oldCells.length * 2];
            heads = new int[oldCells.length * 2];
            Arrays.fill(cells, EMPTY);
            for (int i = 0; i < oldCells.length; i++) {
                if (oldCells[i] != EMPTY) {
                    int slot = slot(oldCells[i]);
                    cells[slot] = oldCells[i];
                    heads[slot] = oldHeads[i];
                }
            }
        }
    }

    CellDayIndex() {
        this(1 << 10);
    }

    /** Room for this many entries without growing. */
    CellDayIndex(int expectedEntries) {
        values = new int[Math.max(1 << 10, expectedEntries)];
        next = new int[values.length];
    }

    /** Replaces every value {@code v} by {@code renamed[v]}. */
    void renameValues(int[] renamed) {
        for (int e = 0; e < entries; e++) {
            values[e] = renamed[values[e]];
        }
    }

    void add(long key, int value) {
        if (entries == values.length) {
            values = Arrays.copyOf(values, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        int day = (int) (key & ((1 << DAY_BITS) - 1));
        DayTable[] chunk = days[day >>> CHUNK_BITS];
        if (chunk == null) {
            chunk = days[day >>> CHUNK_BITS] = new DayTable[1 << CHUNK_BITS];
        }
        DayTable table = chunk[day & ((1 << CHUNK_BITS) - 1)];
        if (table == null) {
            table = chunk[day & ((1 << CHUNK_BITS) - 1)] = new DayTable();
        }
        long cell = key >>> DAY_BITS;
        int slot = table.slot(cell);
        if (table.cells[slot] == EMPTY) {
            if ((table.used + 1) * 2 > table.cells.length) {
                table.grow();
                slot = table.slot(cell);
            }
            table.cells[slot] = cell;
            table.heads[slot] = -1;
            table.used++;
        }
        values[entries] = value;
        next[entries] = table.heads[slot];
        table.heads[slot] = entries++;
    }

    /** The first entry under the key, or -1; then {@link #next} until -1, each entry's claim by {@link #value}. */
    int first(long key) {
        int day = (int) (key & ((1 << DAY_BITS) - 1));
        DayTable[] chunk = days[day >>> CHUNK_BITS];
        DayTable table = chunk == null ? null : chunk[day & ((1 << CHUNK_BITS) - 1)];
        if (table == null) {
            return -1;
        }
        int slot = table.slot(key >>> DAY_BITS);
        return table.cells[slot] == EMPTY ? -1 : table.heads[slot];
    }

    int next(int entry) {
        return next[entry];
    }

    int value(int entry) {
        return values[entry];
    }

    /**
     * The cells and days a claim is filed under: its circle's box in cells of
     * {@link Correlation#CELL_DEGREES}, and its interval widened by its tolerance in days. Writes
     * {x0, x1, y0, y1, firstDay, lastDay} to {@code span}; {@link #key} packs one of them.
     */
    static void span(double latitude, double longitude, double radiusMetres, long earliest, long latest, long tolerance,
                     long[] span) {
        Envelope box = Geodesy.envelopeAround(latitude, longitude, radiusMetres);
        span[0] = cell(box.getMinX() + 180);
        span[1] = cell(box.getMaxX() + 180);
        span[2] = cell(box.getMinY() + 90);
        span[3] = cell(box.getMaxY() + 90);
        span[4] = Math.floorDiv(earliest - tolerance, DAY_MILLIS);
        span[5] = Math.floorDiv(latest + tolerance, DAY_MILLIS);
    }

    static long key(long x, long y, long day) {
        return ((x & 0xFFFFF) << 40) | ((y & 0xFFFFF) << 20) | (day & 0xFFFFF);
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees / Correlation.CELL_DEGREES);
    }

    private static final long DAY_MILLIS = 86_400_000L;

    void forEach(long key, IntConsumer action) {
        for (int e = first(key); e >= 0; e = next[e]) {
            action.accept(values[e]);
        }
    }
}
