package org.truce.verification;

import org.locationtech.jts.geom.Envelope;
import org.truce.geo.Geodesy;

import java.util.List;

/**
 * Every pair of claims {@link Linking#linked} says are the same event, found through the same index
 * of 0.5° cells and days that correlation uses: what the PostGIS side-by-side computes with a
 * GiST index, to compare matches and times.
 */
public final class Matches {

    private Matches() {
    }

    public interface PairConsumer {
        void accept(int a, int b);
    }

    /** Calls back once per linked pair, the lower index first. */
    public static void linkedPairs(List<ClaimFacts> claims, PairConsumer consumer) {
        CellDayIndex grid = new CellDayIndex();
        for (int i = 0; i < claims.size(); i++) {
            int index = i;
            forEachKey(claims.get(i), key -> grid.add(key, index));
        }
        int[] seen = new int[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            ClaimFacts a = claims.get(i);
            int stamp = i + 1;
            int index = i;
            forEachKey(a, key -> grid.forEach(key, j -> {
                if (j > index && seen[j] != stamp) {
                    seen[j] = stamp;
                    if (Linking.linked(a, claims.get(j))) {
                        consumer.accept(index, j);
                    }
                }
            }));
        }
    }

    private static void forEachKey(ClaimFacts claim, java.util.function.LongConsumer action) {
        if (!claim.located()) {
            return;
        }
        Envelope box = Geodesy.envelopeAround(claim.latitude(), claim.longitude(), claim.radiusMetres());
        long tolerance = Linking.toleranceMillis(claim.timePrecision());
        long firstDay = Math.floorDiv(claim.earliest().toEpochMilli() - tolerance, 86_400_000L);
        long lastDay = Math.floorDiv(claim.latest().toEpochMilli() + tolerance, 86_400_000L);
        int x0 = (int) Math.floor((box.getMinX() + 180) / Correlation.CELL_DEGREES);
        int x1 = (int) Math.floor((box.getMaxX() + 180) / Correlation.CELL_DEGREES);
        int y0 = (int) Math.floor((box.getMinY() + 90) / Correlation.CELL_DEGREES);
        int y1 = (int) Math.floor((box.getMaxY() + 90) / Correlation.CELL_DEGREES);
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                for (long day = firstDay; day <= lastDay; day++) {
                    action.accept(((long) (x & 0xFFFFF) << 40) | ((long) (y & 0xFFFFF) << 20) | (day & 0xFFFFF));
                }
            }
        }
    }
}
