package org.truce.ledger.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.ledger.AppendedEntry;
import org.truce.ledger.LedgerListener;
import org.truce.ledger.MerkleTree;

/**
 * The Merkle tree over every entry's leaf hash in sequence order, in memory: every checkpoint,
 * proof and tile comes from it. It is the first listener, so that any index that asks it for a
 * proof sees the entries it has just been told of.
 *
 * <p>Leaf {@code i} of the tree is entry {@code seq = i}. A database in which a sequence number is
 * missing (an entry deleted behind the application's back) cannot be such a tree: the rebuild
 * stops at the gap, logs it as the tampering it is, and the tree stays there, so the checkpoints
 * already issued no longer match what is served and every audit fails until it is repaired.
 */
@Component
public class LedgerTreeIndex implements LedgerListener {

    private static final Logger log = LoggerFactory.getLogger(LedgerTreeIndex.class);
    private static final int CHUNK = 10_000;

    private final LedgerEntryReader reader;
    private volatile MerkleTree tree = new MerkleTree();

    public LedgerTreeIndex(LedgerEntryReader reader) {
        this.reader = reader;
    }

    /** The tree as it is now; it only grows, so a size read from it stays valid for proofs. */
    public MerkleTree tree() {
        return tree;
    }

    public long size() {
        return tree.size();
    }

    @Override
    public int order() {
        return Integer.MIN_VALUE;
    }

    @Override
    public synchronized void rebuild() {
        LeafHashes hashes = new LeafHashes();
        MerkleTree rebuilt = MerkleTree.fromLeafHashes(hashes);
        if (hashes.gapAt >= 0) {
            log.error("ledger entry {} is missing: the database was altered outside the write path; the Merkle tree"
                    + " covers entries 0 to {} only, and no checkpoint will be issued until it is repaired",
                    hashes.gapAt, hashes.gapAt - 1);
        }
        tree = rebuilt;
        log.info("ledger tree rebuilt: {} entries", rebuilt.size());
    }

    @Override
    public synchronized void onAppended(List<AppendedEntry> entries) {
        MerkleTree current = tree;
        for (AppendedEntry entry : entries) {
            long size = current.size();
            if (entry.seq() < size) {
                continue; // delivered again after a rebuild that already saw it
            }
            if (entry.seq() > size) {
                throw new IllegalStateException("ledger gap: the tree has " + size + " entries, the next delivered is "
                        + entry.seq() + "; entry " + size + " is missing from the database");
            }
            current.append(entry.leafHash());
        }
    }

    /** The stored leaf hashes in order, read in chunks, ending at the first missing sequence number. */
    private final class LeafHashes implements Iterator<byte[]> {
        private final Deque<LedgerEntryReader.LeafHash> buffer = new ArrayDeque<>();
        private long next;
        private boolean exhausted;
        private long gapAt = -1;

        @Override
        public boolean hasNext() {
            if (buffer.isEmpty() && !exhausted) {
                List<LedgerEntryReader.LeafHash> chunk = reader.leafHashes(next, CHUNK);
                exhausted = chunk.size() < CHUNK;
                buffer.addAll(chunk);
            }
            if (buffer.isEmpty()) {
                return false;
            }
            if (buffer.peekFirst().seq() != next) {
                gapAt = next;
                buffer.clear();
                exhausted = true;
                return false;
            }
            return true;
        }

        @Override
        public byte[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            next++;
            return buffer.removeFirst().hash();
        }
    }
}
