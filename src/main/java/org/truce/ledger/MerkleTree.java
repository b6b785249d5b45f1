package org.truce.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An append-only RFC 9162 Merkle tree held in memory, answering roots and proofs for the current
 * size or any earlier one.
 *
 * <p><b>Storage.</b> Every proof and every historical root is made of hashes of perfect subtrees
 * (2^level leaves starting at a multiple of 2^level); the ragged right edge of a tree whose size
 * is not a power of two is folded from them on demand. So only perfect-subtree hashes are kept,
 * packed as 32-byte slots in 256 KiB {@code byte[]} chunks per level, never one object per node:
 * millions of small arrays would cost more in headers and GC work than in hashes. Only even
 * levels are stored, which cuts the interior nodes from one per leaf to a third of one; a node on
 * an odd level is one SHA-256 of its two stored children. That keeps 10 million leaves in about
 * 430 MB (the leaf hashes alone are 320 MB) at the price of a dozen or so extra hashes per proof.
 *
 * <p><b>Concurrency.</b> One writer appends (appends are serialised); any number of threads read
 * without locking. A reader first reads the volatile size, then the volatile chunk directory,
 * and only touches slots below that size; the writer fills slots and installs any new chunk
 * before it publishes the size, so a reader never sees a half-written hash.
 */
public final class MerkleTree {

    /** Levels 0, 2, 4, ... are stored; odd levels are recomputed from the level below. */
    static final int STORED_LEVEL_STRIDE = 2;

    private static final int HASH = MerkleHashes.HASH_LENGTH;
    // 256 KiB chunks: G1 treats any array of half a region or more as "humongous" and gives it
    // whole regions of its own; with 1 MiB regions (heaps under 2 GiB) a 1 MiB chunk would take
    // two regions and waste half the heap the tree uses.
    private static final int CHUNK_SHIFT = 13;
    private static final int CHUNK_SLOTS = 1 << CHUNK_SHIFT;          // 8,192 hashes
    private static final int CHUNK_BYTES = CHUNK_SLOTS * HASH;        // 256 KiB
    private static final int FIRST_CHUNK_MIN_SLOTS = 32;              // small trees stay small

    private final Object writeLock = new Object();
    private final StreamingMerkleRoot writerFrontier = new StreamingMerkleRoot();
    private final StreamingMerkleRoot.CompletedSubtrees store = this::store;

    // levels[j][c] is chunk c of stored level j * STORED_LEVEL_STRIDE. The directory arrays are
    // copied, never changed in place, when a level or chunk is added or a first chunk grows, so a
    // reader's snapshot stays self-consistent; chunk slots are written only beyond the published
    // size.
    private volatile byte[][][] levels = new byte[0][][];
    private volatile long size;

    public MerkleTree() {
    }

    /** Builds a tree from leaf hashes in order, publishing the size once at the end (start-up rebuild). */
    public static MerkleTree fromLeafHashes(Iterable<byte[]> leafHashes) {
        return fromLeafHashes(leafHashes.iterator());
    }

    /** Builds a tree from leaf hashes in order; the iterator may produce them lazily. */
    public static MerkleTree fromLeafHashes(Iterator<byte[]> leafHashes) {
        MerkleTree tree = new MerkleTree();
        tree.appendAll(leafHashes);
        return tree;
    }

    /** Appends one leaf hash ({@link MerkleHashes#leafHash} of the entry) and publishes the new size. */
    public void append(byte[] leafHash) {
        synchronized (writeLock) {
            writerFrontier.append(leafHash, store);
            size = writerFrontier.size();
        }
    }

    /**
     * Appends many leaf hashes, publishing the size once. If the iterator fails or yields a
     * malformed hash part way, the leaves appended before it stay appended and published.
     */
    public void appendAll(Iterator<byte[]> leafHashes) {
        Objects.requireNonNull(leafHashes, "leafHashes");
        synchronized (writeLock) {
            try {
                while (leafHashes.hasNext()) {
                    writerFrontier.append(leafHashes.next(), store);
                }
            } finally {
                size = writerFrontier.size();
            }
        }
    }

    /** Number of leaves published so far. */
    public long size() {
        return size;
    }

    /** Root hash at the current size. */
    public byte[] root() {
        long n = size;
        return root(n);
    }

    /** Root hash of the tree as it was at {@code treeSize} leaves, 0 ≤ treeSize ≤ size(). */
    public byte[] root(long treeSize) {
        long n = size;
        byte[][][] lv = levels;
        if (treeSize < 0 || treeSize > n) {
            throw new IllegalArgumentException("tree size " + treeSize + " outside [0, " + n + "]");
        }
        return treeSize == 0 ? MerkleHashes.emptyRoot() : rangeHash(lv, 0, treeSize);
    }

    /** The hash of leaf {@code index}, as appended. */
    public byte[] leafHash(long index) {
        return fullNode(0, index);
    }

    /**
     * The hash of the perfect subtree of 2^level leaves starting at leaf {@code index << level}
     * (the node at tree level {@code level}, position {@code index}); C2SP tlog-tiles are
     * made of these. The subtree must be complete at the current size.
     */
    public byte[] fullNode(int level, long index) {
        long n = size;
        byte[][][] lv = levels;
        if (level < 0 || level > 62 || index < 0 || index >= (n >>> level)) {
            throw new IllegalArgumentException("no complete node at level " + level + " index " + index + " in a tree of " + n);
        }
        return node(lv, level, index);
    }

    /**
     * The RFC 9162 §2.1.3.1 inclusion proof PATH(index, D[0:treeSize]): sibling hashes from the
     * leaf up to the root. Requires 0 ≤ index < treeSize ≤ size().
     */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        long n = size;
        byte[][][] lv = levels;
        if (treeSize < 1 || treeSize > n || index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of " + treeSize + " (size " + n + ")");
        }
        // Walk PATH's recursion from the root down; siblings come out root-first.
        List<byte[]> rootFirst = new ArrayList<>(64);
        long from = 0;
        long to = treeSize;
        while (to - from > 1) {
            long k = Long.highestOneBit(to - from - 1);
            if (index < from + k) {
                rootFirst.add(rangeHash(lv, from + k, to));
                to = from + k;
            } else {
                rootFirst.add(rangeHash(lv, from, from + k));
                from += k;
            }
        }
        Collections.reverse(rootFirst);
        return rootFirst;
    }

    /**
     * The RFC 9162 §2.1.4.1 consistency proof PROOF(oldSize, D[0:newSize]). Empty when
     * oldSize is 0 or equal to newSize, where nothing needs proving. Requires
     * 0 ≤ oldSize ≤ newSize ≤ size().
     */
    public List<byte[]> consistencyProof(long oldSize, long newSize) {
        long n = size;
        byte[][][] lv = levels;
        if (oldSize < 0 || oldSize > newSize || newSize > n) {
            throw new IllegalArgumentException("no consistency proof from " + oldSize + " to " + newSize + " (size " + n + ")");
        }
        if (oldSize == 0 || oldSize == newSize) {
            return new ArrayList<>(0);
        }
        // SUBPROOF's recursion unrolled: descend while collecting the sibling of each step, then
        // emit the deepest part first, as the recursive definition does.
        List<byte[]> rootFirst = new ArrayList<>(64);
        long m = oldSize;
        long from = 0;
        long to = newSize;
        boolean oldTreeIsThisWholeNode = true; // SUBPROOF's flag b
        byte[] deepest = null;
        while (true) {
            long width = to - from;
            if (m == width) {
                if (!oldTreeIsThisWholeNode) {
                    deepest = rangeHash(lv, from, to);
                }
                break;
            }
            long k = Long.highestOneBit(width - 1);
            if (m <= k) {
                rootFirst.add(rangeHash(lv, from + k, to));
                to = from + k;
            } else {
                rootFirst.add(rangeHash(lv, from, from + k));
                m -= k;
                from += k;
                oldTreeIsThisWholeNode = false;
            }
        }
        List<byte[]> proof = new ArrayList<>(rootFirst.size() + 1);
        if (deepest != null) {
            proof.add(deepest);
        }
        for (int i = rootFirst.size() - 1; i >= 0; i--) {
            proof.add(rootFirst.get(i));
        }
        return proof;
    }

    /** Heap taken by the stored hashes, in bytes (chunks are allocated whole). */
    public long storedBytes() {
        long total = 0;
        for (byte[][] chunks : levels) {
            for (byte[] chunk : chunks) {
                total += chunk.length;
            }
        }
        return total;
    }

    // MTH(D[from:to]) where from is a multiple of the largest power of two ≤ to - from, which
    // holds for every range the RFC's recursions visit: the range is a run of perfect subtrees,
    // largest first, folded from the right.
    private static byte[] rangeHash(byte[][][] lv, long from, long to) {
        long width = to - from;
        byte[][] parts = new byte[64][];
        int count = 0;
        long at = from;
        for (int level = 63 - Long.numberOfLeadingZeros(width); level >= 0; level--) {
            if (((width >>> level) & 1) == 1) {
                parts[count++] = node(lv, level, at >>> level);
                at += 1L << level;
            }
        }
        byte[] hash = parts[count - 1];
        for (int i = count - 2; i >= 0; i--) {
            hash = MerkleHashes.nodeHash(parts[i], hash);
        }
        return hash;
    }

    private static byte[] node(byte[][][] lv, int level, long index) {
        if (level % STORED_LEVEL_STRIDE != 0) {
            return MerkleHashes.nodeHash(node(lv, level - 1, 2 * index), node(lv, level - 1, 2 * index + 1));
        }
        byte[] chunk = lv[level / STORED_LEVEL_STRIDE][(int) (index >>> CHUNK_SHIFT)];
        int offset = (int) (index & (CHUNK_SLOTS - 1)) * HASH;
        return Arrays.copyOfRange(chunk, offset, offset + HASH);
    }

    // Writer side, called under writeLock before the size that covers this slot is published.
    private void store(int level, long index, byte[] hash) {
        if (level % STORED_LEVEL_STRIDE != 0) {
            return;
        }
        int j = level / STORED_LEVEL_STRIDE;
        long chunkIndex = index >>> CHUNK_SHIFT;
        if (chunkIndex >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the in-memory tree is full");
        }
        int c = (int) chunkIndex;
        int offset = (int) (index & (CHUNK_SLOTS - 1)) * HASH;
        byte[][][] lv = levels;
        if (j >= lv.length) {
            lv = Arrays.copyOf(lv, j + 1);
            lv[j] = new byte[0][];
            levels = lv;
        }
        byte[][] chunks = lv[j];
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c + 1);
            chunks[c] = new byte[c == 0 ? FIRST_CHUNK_MIN_SLOTS * HASH : CHUNK_BYTES];
            lv = publish(j, chunks);
        } else if (chunks[c].length < offset + HASH) {
            // Only a level's first chunk grows: doubling until it reaches the full chunk size.
            chunks = chunks.clone();
            chunks[c] = Arrays.copyOf(chunks[c], Math.min(2 * chunks[c].length, CHUNK_BYTES));
            lv = publish(j, chunks);
        }
        System.arraycopy(hash, 0, chunks[c], offset, HASH);
    }

    private byte[][][] publish(int j, byte[][] chunks) {
        byte[][][] lv = levels.clone();
        lv[j] = chunks;
        levels = lv;
        return lv;
    }
}
