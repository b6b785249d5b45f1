package org.truce.reports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.truce.shared.CanonicalJson;
import org.truce.shared.Recording;
import org.truce.shared.WriteContext;

/**
 * The second pass of a bulk import, inside its one write: accepted reports are stored in batches,
 * and the canonical JSON their ledger entries commit to is computed on a pool a few batches ahead,
 * while the writer waits for the database with the batch before.
 */
final class BulkWrite {

    static final int BATCH = 1000;
    private static final int AHEAD = 3;

    private record Prepared(List<Report> reports, List<Recording> recordings) {
    }

    private final WriteContext tx;
    private final ReportStore store;
    private final ExecutorService pool;
    private final ArrayDeque<Future<Prepared>> ahead = new ArrayDeque<>();
    private List<Report> batch = new ArrayList<>(BATCH);

    BulkWrite(WriteContext tx, ReportStore store, ExecutorService pool) {
        this.tx = tx;
        this.store = store;
        this.pool = pool;
    }

    void add(Report accepted) {
        batch.add(accepted);
        if (batch.size() == BATCH) {
            prepareAhead();
        }
    }

    /** Stores what is left; call once, after the last report. */
    void finish() {
        prepareAhead();
        while (!ahead.isEmpty()) {
            storeNext();
        }
    }

    private void prepareAhead() {
        if (batch.isEmpty()) {
            return;
        }
        List<Report> reports = batch;
        batch = new ArrayList<>(BATCH);
        ahead.add(pool.submit(() -> {
            List<Recording> recordings = new ArrayList<>(reports.size());
            for (Report report : reports) {
                recordings.add(Recording.confidential(Report.SUBMITTED, report.id(), CanonicalJson.ahead(report)));
            }
            return new Prepared(reports, recordings);
        }));
        while (ahead.size() > AHEAD) {
            storeNext();
        }
    }

    private void storeNext() {
        Prepared prepared = BulkBatches.take(ahead.removeFirst(), "storing");
        long[] seqs = tx.recordAll(prepared.recordings());
        store.insertAll(prepared.reports(), Arrays.stream(seqs).boxed().toList());
    }

    /** Cancels what is still being prepared (the write failed). */
    void abandon() {
        ahead.forEach(future -> future.cancel(true));
        ahead.clear();
    }
}
