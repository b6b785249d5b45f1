package org.truce.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.truce.shared.Recording;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;

/**
 * Durable appends per second through the real write path: each write returns only once its
 * transaction is committed (and, on PostgreSQL, flushed to the WAL), so every entry counted is
 * durable. Each entry is a confidential recording of a report-sized record, so it pays for the
 * salt, the canonical JSON, the commitment, the entry body and the leaf hash like any real one.
 */
public final class LedgerAppendBenchmark {

    private static final Viewer BENCH = Viewer.system("bench");

    private LedgerAppendBenchmark() {
    }

    /** Figures of one run. */
    public record Appends(String mode, long entries, long writes, int writers, long nanos) {

        public double entriesPerSecond() {
            return entries / (nanos / 1e9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-44s %,9d entries in %,7d writes by %3d writers: %6.2f s, %,9.0f entries/s",
                    mode, entries, writes, writers, nanos / 1e9, entriesPerSecond());
        }
    }

    /** {@code writes} writes of {@code batch} entries each, by {@code writers} concurrent writers. */
    public static Appends batches(WritePath path, int writers, int writes, int batch) {
        String mode = batch == 1 ? "single-entry writes" : "writes of " + batch + " entries";
        return run(path, mode, writers, writes, batch);
    }

    private static Appends run(WritePath path, String mode, int writers, int writes, int batch) {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        long perWriter = writes / writers;
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (long i = 0; i < perWriter; i++) {
                    long first = (writer * perWriter + i) * batch;
                    path.write(BENCH, tx -> {
                        for (int e = 0; e < batch; e++) {
                            tx.record(Recording.confidential("bench.appended", "bench_" + (first + e), report(first + e)));
                        }
                        return null;
                    });
                }
                return null;
            }));
        }
        try {
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a benchmark write failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        long nanos = System.nanoTime() - start;
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Appends(mode, perWriter * writers * batch, perWriter * writers, writers, nanos);
    }

    /** A record the size and shape of a submitted report. */
    static Map<String, Object> report(long n) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("id", "rep_bench" + n);
        report.put("occurredAt", "2025-03-18T02:" + String.format(Locale.ROOT, "%02d", n % 60) + ":00Z");
        report.put("latitude", 47.0 + (n % 1000) / 997.0);
        report.put("longitude", 33.0 + (n % 777) / 331.0);
        report.put("uncertaintyMetres", 500 + n % 2000);
        report.put("category", "substation");
        report.put("means", "drone");
        report.put("description", "Strike on a 330 kV substation reported by the regional administration, item " + n);
        return report;
    }
}
