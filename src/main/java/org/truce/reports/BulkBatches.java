package org.truce.reports;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The result of a batch a bulk import's pool worked on, with its failure as it was thrown. */
final class BulkBatches {

    private BulkBatches() {
    }

    static <T> T take(Future<T> batch, String doing) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing + " a bulk import", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
