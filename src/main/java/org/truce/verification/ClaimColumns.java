package org.truce.verification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The facts {@link Linking#linked} reads, one primitive array per fact, for a full rebuild: a
 * million {@link ClaimFacts} scattered over the heap (their instants and site ids further away)
 * cost a cache miss per field, columns do not. Site ids and monitors' merge groups are numbered
 * (-1 for none), so comparing them compares ints.
 */
final class ClaimColumns {

    final int size;
    final double[] latitude;
    final double[] longitude;
    final double[] radius;
    final long[] earliest;
    final long[] latest;
    final long[] tolerance;
    /** The target category's ordinal, -1 when the claim names none. */
    final byte[] category;
    final int[] site;
    final int[] group;
    /** The claims naming each numbered site, and in each numbered group, in index order. */
    final IntList[] bySite;
    final IntList[] byGroup;

    /**
     * The claims, claim {@code i} at index {@code position[i]}. {@code groupOf} maps a claim to its
     * decided group (merges), or null.
     */
    ClaimColumns(List<ClaimFacts> claims, int[] position, Function<ClaimFacts, String> groupOf) {
        size = claims.size();
        latitude = new double[size];
        longitude = new double[size];
        radius = new double[size];
        earliest = new long[size];
        latest = new long[size];
        tolerance = new long[size];
        category = new byte[size];
        site = new int[size];
        group = new int[size];
        Map<String, Integer> sites = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < size; i++) {
            ClaimFacts c = claims.get(i);
            int p = position[i];
            latitude[p] = c.latitude();
            longitude[p] = c.longitude();
            radius[p] = c.radiusMetres();
            earliest[p] = c.earliest().toEpochMilli();
            latest[p] = c.latest().toEpochMilli();
            tolerance[p] = Linking.toleranceMillis(c.timePrecision());
            category[p] = (byte) (c.targetCategory() == null ? -1 : c.targetCategory().ordinal());
            site[p] = c.siteId() == null ? -1 : sites.computeIfAbsent(c.siteId(), k -> sites.size());
            String g = groupOf.apply(c);
            group[p] = g == null ? -1 : groups.computeIfAbsent(g, k -> groups.size());
        }
        bySite = members(site, sites.size());
        byGroup = members(group, groups.size());
    }

    private IntList[] members(int[] numbers, int count) {
        IntList[] lists = new IntList[count];
        for (int i = 0; i < size; i++) {
            if (numbers[i] >= 0) {
                if (lists[numbers[i]] == null) {
                    lists[numbers[i]] = new IntList();
                }
                lists[numbers[i]].add(i);
            }
        }
        return lists;
    }

    boolean located(int i) {
        return !Double.isNaN(latitude[i]);
    }

    /** {@link Correlation}'s link on these columns: the same decided group, or {@link Linking#linked}. */
    boolean linked(int a, int b) {
        if (group[a] >= 0 && group[a] == group[b]) {
            return true;
        }
        return Linking.timesMeet(earliest[a], latest[a], tolerance[a], earliest[b], latest[b], tolerance[b])
                && targetsCompatible(a, b) && placesCompatible(a, b);
    }

    private boolean targetsCompatible(int a, int b) {
        if (site[a] >= 0 && site[b] >= 0 && site[a] != site[b]) {
            return false;
        }
        return category[a] < 0 || category[b] < 0 || category[a] == category[b];
    }

    private boolean placesCompatible(int a, int b) {
        if (site[a] >= 0 && site[a] == site[b]) {
            return true;
        }
        if (!located(a) || !located(b)) {
            return false;
        }
        return Linking.circlesMeet(latitude[a], longitude[a], radius[a], latitude[b], longitude[b], radius[b]);
    }

    /** Writes the claim's cells and days to {@code span} (see {@link CellDayIndex#span}). */
    void span(int i, long[] span) {
        CellDayIndex.span(latitude[i], longitude[i], radius[i], earliest[i], latest[i], tolerance[i], span);
    }
}
