package org.truce.ledger.store;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.truce.ledger.AppendedEntry;
import org.truce.ledger.LedgerListener;

/**
 * Keeps this instance's in-memory indexes current by following the ledger's sequence: at start
 * every listener rebuilds, then every committed entry (this instance's, right after its commit;
 * other instances', within one poll interval) is delivered once, in order.
 */
@Component
public class LedgerFollower implements SmartLifecycle {

    static final int PHASE = 0;
    private static final Logger log = LoggerFactory.getLogger(LedgerFollower.class);
    private static final int CHUNK = 5000;
    private static final ThreadLocal<Boolean> DISPATCHING = ThreadLocal.withInitial(() -> false);

    private final LedgerEntryStore entries;
    private final List<LedgerListener> listeners;
    private final long pollMillis;
    private ScheduledExecutorService poller;
    private volatile boolean running;
    private long applied;

    public LedgerFollower(LedgerEntryStore entries, List<LedgerListener> listeners,
                          @Value("${truce.ledger.follow-interval-ms:200}") long pollMillis) {
        this.entries = entries;
        this.listeners = listeners.stream().sorted(Comparator.comparingInt(LedgerListener::order)).toList();
        this.pollMillis = pollMillis;
    }

    /** Delivers every entry committed since the last call; returns the ledger size applied. */
    public synchronized long catchUp() {
        DISPATCHING.set(true);
        try {
            while (true) {
                List<AppendedEntry> batch = entries.appendedFrom(applied, CHUNK);
                if (batch.isEmpty()) {
                    return applied;
                }
                if (batch.get(0).seq() != applied) {
                    throw new IllegalStateException("ledger gap: expected entry " + applied + ", found " + batch.get(0).seq());
                }
                for (LedgerListener listener : listeners) {
                    try {
                        listener.onAppended(batch);
                    } catch (RuntimeException e) {
                        log.error("{} failed on entries {}..{}", listener.getClass().getSimpleName(),
                                batch.get(0).seq(), batch.get(batch.size() - 1).seq(), e);
                    }
                }
                applied = batch.get(batch.size() - 1).seq() + 1;
            }
        } finally {
            DISPATCHING.set(false);
        }
    }

    /** The number of entries this instance's indexes reflect. */
    public synchronized long applied() {
        return applied;
    }

    /** True on a thread that is delivering entries to listeners, which must not write. */
    static boolean isDispatching() {
        return DISPATCHING.get();
    }

    @Override
    public synchronized void start() {
        long size = entries.size();
        for (LedgerListener listener : listeners) {
            listener.rebuild();
        }
        applied = size;
        catchUp();
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "truce-ledger-follower");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        running = true;
    }

    private void pollQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("following the ledger failed; retrying", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
