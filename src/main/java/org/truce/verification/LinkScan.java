package org.truce.verification;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The connected components of the link over a set of claims (a full rebuild of {@link Correlation}),
 * on every core and in cache: the claims are taken in the order of their days, so that the claims
 * a claim is compared with, and their cells in the index, sit near it in memory; they are cut into
 * chunks that workers take in turn; each worker compares its claims with the later claims that
 * share a cell and day, a site or a decided group, and keeps the linked pairs; the pairs are then
 * joined in a union-find. Components do not depend on the order claims are compared or pairs joined
 * in, so the result is the same on any number of cores.
 */
final class LinkScan {

    /**
     * @param root  each claim's component, named by its smallest index (so {@code root[i] == i} for
     *              the first claim of each component)
     * @param grid  the located claims by cell and day, for the correlation to keep
     */
    record Components(int[] root, CellDayIndex grid) {
    }

    private static final long DAY_MILLIS = 86_400_000L;

    private LinkScan() {
    }

    /** {@code groupOf}: a claim's decided group (merges), or null. Splits must not apply (nothing is kept apart). */
    static Components of(List<ClaimFacts> list, Function<ClaimFacts, String> groupOf) {
        int n = list.size();
        int[] order = byDay(list);
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        // from here on, claims are numbered in day order
        ClaimColumns claims = new ClaimColumns(list, position, groupOf);
        CellDayIndex grid = new CellDayIndex(n * 3);
        long[] span = new long[6];
        for (int p = 0; p < n; p++) {
            if (claims.located(p)) {
                claims.span(p, span);
                for (long x = span[0]; x <= span[1]; x++) {
                    for (long y = span[2]; y <= span[3]; y++) {
                        for (long day = span[4]; day <= span[5]; day++) {
                            grid.add(CellDayIndex.key(x, y, day), p);
                        }
                    }
                }
            }
        }
        int[] parent = components(claims, grid);
        // back to the callers' numbering: a component is named by its smallest index there
        int[] smallest = new int[n];
        java.util.Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int p = 0; p < n; p++) {
            smallest[parent[p]] = Math.min(smallest[parent[p]], order[p]);
        }
        int[] root = new int[n];
        for (int p = 0; p < n; p++) {
            root[order[p]] = smallest[parent[p]];
        }
        grid.renameValues(order);
        return new Components(root, grid);
    }

    /**
     * The claims' indexes sorted by the day they start (a counting sort, stable; claims spread over
     * more days than there are claims share buckets of days).
     */
    private static int[] byDay(List<ClaimFacts> claims) {
        int n = claims.size();
        long[] day = new long[n];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            day[i] = Math.floorDiv(claims.get(i).earliest().toEpochMilli(), DAY_MILLIS);
            first = Math.min(first, day[i]);
            last = Math.max(last, day[i]);
        }
        long range = n == 0 ? 1 : last - first + 1;
        int buckets = (int) Math.min(range, n + 1L);
        int[] start = new int[buckets + 1];
        int[] bucket = new int[n];
        for (int i = 0; i < n; i++) {
            bucket[i] = (int) Math.min(buckets - 1, (day[i] - first) * (double) buckets / range);
            start[bucket[i] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[start[bucket[i]]++] = i;
        }
        return order;
    }

    /** Each claim's component (its root in the union-find: the smallest index in it). */
    private static int[] components(ClaimColumns claims, CellDayIndex grid) {
        int n = claims.size;
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        // small chunks even for small inputs, so that the workers share the load (and tests run in parallel too)
        int chunk = Math.max(64, Math.min(4096, n / (workers * 32) + 1));
        int chunks = (n + chunk - 1) / chunk;
        workers = Math.min(workers, Math.max(1, chunks));
        AtomicInteger nextChunk = new AtomicInteger();
        Worker[] all = new Worker[workers];
        ForkJoinTask<?>[] others = new ForkJoinTask<?>[workers - 1];
        for (int w = 1; w < workers; w++) {
            Worker worker = all[w] = new Worker(claims, grid);
            others[w - 1] = ForkJoinPool.commonPool().submit(() -> worker.run(chunk, chunks, nextChunk));
        }
        all[0] = new Worker(claims, grid);
        all[0].run(chunk, chunks, nextChunk);
        for (ForkJoinTask<?> other : others) {
            other.join();
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Worker worker : all) {
            long[] pairs = worker.pairs;
            for (int p = 0; p < worker.count; p++) {
                int a = find(parent, (int) (pairs[p] >>> 32));
                int b = find(parent, (int) pairs[p]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            // a parent has a smaller index, so it is already its root's
            parent[i] = parent[parent[i]];
        }
        return parent;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** One worker: takes chunks until none is left, keeps its linked pairs (lower index in the high half). */
    private static final class Worker {
        final ClaimColumns claims;
        final CellDayIndex grid;
        // seen[j] == i + 1: j was already compared with i (it shares several cells or days with it)
        final int[] seen;
        final long[] span = new long[6];
        long[] pairs = new long[1024];
        int count;

        Worker(ClaimColumns claims, CellDayIndex grid) {
            this.claims = claims;
            this.grid = grid;
            this.seen = new int[claims.size];
        }

        void run(int chunk, int chunks, AtomicInteger nextChunk) {
            int n = claims.size;
            int k;
            while ((k = nextChunk.getAndIncrement()) < chunks) {
                int end = Math.min(n, (k + 1) * chunk);
                for (int i = k * chunk; i < end; i++) {
                    compare(i);
                }
            }
        }

        private void compare(int i) {
            if (claims.located(i)) {
                claims.span(i, span);
                for (long x = span[0]; x <= span[1]; x++) {
                    for (long y = span[2]; y <= span[3]; y++) {
                        for (long day = span[4]; day <= span[5]; day++) {
                            for (int e = grid.first(CellDayIndex.key(x, y, day)); e >= 0; e = grid.next(e)) {
                                visit(i, grid.value(e));
                            }
                        }
                    }
                }
            }
            if (claims.site[i] >= 0) {
                visitAll(i, claims.bySite[claims.site[i]]);
            }
            if (claims.group[i] >= 0) {
                visitAll(i, claims.byGroup[claims.group[i]]);
            }
        }

        private void visitAll(int i, IntList others) {
            for (int m = 0; m < others.size(); m++) {
                visit(i, others.get(m));
            }
        }

        private void visit(int i, int j) {
            if (j > i && seen[j] != i + 1) {
                seen[j] = i + 1;
                if (claims.linked(i, j)) {
                    if (count == pairs.length) {
                        pairs = Arrays.copyOf(pairs, count * 2);
                    }
                    pairs[count++] = ((long) i << 32) | j;
                }
            }
        }
    }
}
