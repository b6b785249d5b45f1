package org.truce.ledger.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.ledger.Commitment;
import org.truce.ledger.EntryBody;
import org.truce.shared.Recording;
import org.truce.shared.Viewer;
import org.truce.shared.Write;
import org.truce.shared.WriteContext;
import org.truce.shared.WritePath;
import org.truce.shared.store.TableStatistics;

/**
 * The write path as a group commit: callers queue their writes, one writer thread per instance
 * runs as many as are waiting in one transaction that locks the ledger head, assigns sequence
 * numbers, stores the records and their entries, and commits; only then are the callers
 * answered. One fsync serves many writes, and the head lock gives one gap-free order across
 * instances sharing a database.
 */
@Component
public class GroupCommitWritePath implements WritePath, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWritePath.class);
    private static final HexFormat HEX = HexFormat.of();
    /** Entries are inserted in batches of this size, so a bulk import keeps bounded memory. */
    private static final int ENTRY_FLUSH_SIZE = 1000;

    private final LedgerEntryStore entries;
    private final TransactionTemplate transactions;
    private final LedgerFollower follower;
    private final int maxGroup;
    private final BlockingQueue<PendingWrite<?>> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean running;

    public GroupCommitWritePath(LedgerEntryStore entries, PlatformTransactionManager transactionManager,
                                LedgerFollower follower, @Value("${truce.ledger.max-group:256}") int maxGroup) {
        this.entries = entries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.follower = follower;
        this.maxGroup = maxGroup;
    }

    @Override
    public <T> T write(Viewer actor, Write<T> write) {
        if (Thread.currentThread() == writer || LedgerFollower.isDispatching()) {
            throw new IllegalStateException("a write or a ledger listener may not start another write");
        }
        if (!running) {
            throw new IllegalStateException("the write path is not running");
        }
        PendingWrite<T> pending = new PendingWrite<>(actor, write);
        queue.add(pending);
        try {
            return pending.done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit; the write may still land", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private void run() {
        List<PendingWrite<?>> group = new ArrayList<>(maxGroup);
        while (running || !queue.isEmpty()) {
            try {
                PendingWrite<?> first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, maxGroup - 1);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                log.error("write path failure; failing {} pending writes", group.size(), e);
                group.forEach(p -> p.done.completeExceptionally(e));
            } finally {
                group.clear();
            }
        }
    }

    /**
     * Commits the group; a write that throws is answered with its problem and the rest retried. A
     * failure no single write answers for (a batch a store defers to the commit) has each write
     * committed alone, so only the faulty one fails.
     */
    private void commit(List<PendingWrite<?>> group) {
        List<PendingWrite<?>> remaining = new ArrayList<>(group);
        while (!remaining.isEmpty()) {
            try {
                transactions.executeWithoutResult(status -> applyAll(remaining));
                break;
            } catch (FailedWrite failed) {
                remaining.remove(failed.pending);
                failed.pending.done.completeExceptionally(failed.getCause());
            } catch (RuntimeException atCommit) {
                if (remaining.size() == 1) {
                    throw atCommit;
                }
                for (PendingWrite<?> alone : remaining) {
                    try {
                        commit(List.of(alone));
                    } catch (RuntimeException e) {
                        alone.done.completeExceptionally(e);
                    }
                }
                return;
            }
        }
        if (!remaining.isEmpty()) {
            follower.catchUp();
        }
        remaining.forEach(PendingWrite::complete);
    }

    private void applyAll(List<PendingWrite<?>> writes) {
        long next = entries.lockHead();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EntryBuffer buffer = new EntryBuffer(next);
        for (PendingWrite<?> pending : writes) {
            Context context = new Context(pending.actor, now, buffer);
            try {
                pending.apply(context);
                if (context.recorded == 0) {
                    throw new IllegalStateException("a write must record at least one ledger entry");
                }
            } catch (RuntimeException e) {
                throw new FailedWrite(pending, e);
            }
        }
        buffer.flush();
        if (buffer.next - next >= TableStatistics.AFTER_ROWS) {
            entries.refreshStatistics();
        }
        entries.setHead(buffer.next);
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::run, "truce-write-path");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = writer;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the follower (which rebuilds the indexes) and before the web server. */
    @Override
    public int getPhase() {
        return LedgerFollower.PHASE + 1;
    }

    /** Sequence numbers and pending entries of one group commit. */
    private final class EntryBuffer {
        private long next;
        private final List<LedgerEntryStore.PendingEntry> pending = new ArrayList<>();

        EntryBuffer(long next) {
            this.next = next;
        }

        long append(Viewer actor, Instant now, Recording recording) {
            long seq = next++;
            add(entry(seq, actor, now, recording));
            return seq;
        }

        /** Many entries at once: their commitments (canonical JSON and SHA-256) are computed in parallel. */
        long[] appendAll(Viewer actor, Instant now, List<Recording> recordings) {
            long first = next;
            next += recordings.size();
            LedgerEntryStore.PendingEntry[] built = new LedgerEntryStore.PendingEntry[recordings.size()];
            IntStream.range(0, built.length).parallel()
                    .forEach(i -> built[i] = entry(first + i, actor, now, recordings.get(i)));
            long[] seqs = new long[built.length];
            for (int i = 0; i < built.length; i++) {
                add(built[i]);
                seqs[i] = first + i;
            }
            return seqs;
        }

        private LedgerEntryStore.PendingEntry entry(long seq, Viewer actor, Instant now, Recording recording) {
            byte[] salt = Commitment.newSalt();
            String commitment = Commitment.commit(salt, recording.action(), recording.subject(), actor.actorId(),
                    recording.content());
            String body = EntryBody.of(seq, now, actor.actorId(), recording, commitment);
            return new LedgerEntryStore.PendingEntry(seq, now, recording.action(), recording.subject(),
                    actor.actorId(), HEX.formatHex(salt), body, LedgerEntryStore.leafHash(body));
        }

        private void add(LedgerEntryStore.PendingEntry entry) {
            pending.add(entry);
            if (pending.size() >= ENTRY_FLUSH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                entries.insert(pending);
                pending.clear();
            }
        }
    }

    private static final class Context implements WriteContext {
        private final Viewer actor;
        private final Instant now;
        private final EntryBuffer buffer;
        private int recorded;

        Context(Viewer actor, Instant now, EntryBuffer buffer) {
            this.actor = actor;
            this.now = now;
            this.buffer = buffer;
        }

        @Override
        public Viewer actor() {
            return actor;
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public long record(Recording recording) {
            recorded++;
            return buffer.append(actor, now, recording);
        }

        @Override
        public long[] recordAll(List<Recording> recordings) {
            recorded += recordings.size();
            return buffer.appendAll(actor, now, recordings);
        }
    }

    private static final class PendingWrite<T> {
        private final Viewer actor;
        private final Write<T> write;
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private T result;

        PendingWrite(Viewer actor, Write<T> write) {
            this.actor = actor;
            this.write = write;
        }

        void apply(WriteContext context) {
            result = write.apply(context);
        }

        void complete() {
            done.complete(result);
        }
    }

    /** Carries which write of a group failed out of the transaction callback. */
    private static final class FailedWrite extends RuntimeException {
        private final transient PendingWrite<?> pending;

        FailedWrite(PendingWrite<?> pending, RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.pending = pending;
        }
    }
}
