package org.truce.verification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The verification engine's own thread: changes from the ledger run on it one after another, in
 * the order they were handed over, off the write path's single writer (correlating a claim must not
 * hold every other party's write). Readers wait for what was handed over before they began.
 */
final class EngineThread {

    private static final System.Logger LOG = System.getLogger(EngineThread.class.getName());
    /** A reader waits at most this long; then it reads what the engine has (after a bulk import of millions). */
    private static final long MAX_WAIT_MILLIS = 30_000;

    private final Object progress = new Object();
    private long handedOver;
    private long applied;
    private volatile Thread thread;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "truce-incidents-engine");
        t.setDaemon(true);
        thread = t;
        return t;
    });

    void follow(Runnable change) {
        synchronized (progress) {
            handedOver++;
        }
        try {
            executor.execute(() -> run(change));
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            synchronized (progress) {
                handedOver--;
            }
        }
    }

    private void run(Runnable change) {
        {
            try {
                change.run();
            } catch (RuntimeException e) {
                // a change that fails must not stop the ones after it; the next rebuild (at start) repairs
                LOG.log(System.Logger.Level.ERROR, "the verification engine failed to apply a change", e);
            } finally {
                synchronized (progress) {
                    applied++;
                    progress.notifyAll();
                }
            }
        }
    }

    /** Waits until the changes handed over before this call are applied (not on the engine's own thread). */
    void awaitCurrent() {
        if (Thread.currentThread() == thread) {
            return;
        }
        synchronized (progress) {
            long target = handedOver;
            long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
            while (applied < target) {
                long left = TimeUnit.NANOSECONDS.toMillis(giveUp - System.nanoTime());
                if (left <= 0) {
                    LOG.log(System.Logger.Level.WARNING, "the verification engine is {0} changes behind; reading what it has",
                            target - applied);
                    return;
                }
                try {
                    progress.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** How many changes were handed over and not yet applied. */
    long backlog() {
        synchronized (progress) {
            return handedOver - applied;
        }
    }

    void close() {
        executor.shutdownNow();
    }
}
