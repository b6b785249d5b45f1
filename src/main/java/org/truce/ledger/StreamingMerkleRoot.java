package org.truce.ledger;

import java.util.Objects;

/**
 * The root of a growing log computed in one pass, keeping only O(log n) hashes.
 *
 * <p>For an auditor replaying the whole log, or a rebuild that only needs the final root: the
 * tree of n leaves is the list of perfect subtrees given by the binary digits of n, and only the
 * latest subtree of each height is needed to absorb the next leaf. {@link MerkleTree} uses the
 * same walk as its writer side and stores what it reports.
 */
public final class StreamingMerkleRoot {

    /** Told of every perfect subtree the moment its last leaf arrives; the leaf itself is level 0. */
    @FunctionalInterface
    interface CompletedSubtrees {
        void completed(int level, long index, byte[] hash);
    }

    // frontier[k] is the hash of the rightmost complete subtree of 2^k leaves; only the entries
    // whose bit is set in size are current.
    private final byte[][] frontier = new byte[64][];
    private long size;

    /** Adds the next leaf, given its hash ({@link MerkleHashes#leafHash}). */
    public void appendLeafHash(byte[] leafHash) {
        append(leafHash, null);
    }

    /** Adds the next leaf, given the entry itself. */
    public void appendEntry(byte[] entry) {
        append(MerkleHashes.leafHash(entry), null);
    }

    void append(byte[] leafHash, CompletedSubtrees sink) {
        Objects.requireNonNull(leafHash, "leafHash");
        if (leafHash.length != MerkleHashes.HASH_LENGTH) {
            throw new IllegalArgumentException("a leaf hash has " + MerkleHashes.HASH_LENGTH + " bytes, not " + leafHash.length);
        }
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("the log is full");
        }
        long n = size;
        byte[] hash = leafHash.clone();
        if (sink != null) {
            sink.completed(0, n, hash);
        }
        int level = 0;
        // Each set low bit of n is a complete left sibling waiting for this leaf's subtree.
        while (((n >>> level) & 1) == 1) {
            hash = MerkleHashes.nodeHash(frontier[level], hash);
            level++;
            if (sink != null) {
                sink.completed(level, ((n + 1) >>> level) - 1, hash);
            }
        }
        frontier[level] = hash;
        size = n + 1;
    }

    public long size() {
        return size;
    }

    /** The Merkle Tree Hash of the leaves so far. */
    public byte[] root() {
        if (size == 0) {
            return MerkleHashes.emptyRoot();
        }
        byte[] root = null;
        // The smallest subtree is the rightmost; fold towards the left.
        for (int level = 0; level < 64; level++) {
            if (((size >>> level) & 1) == 1) {
                root = root == null ? frontier[level].clone() : MerkleHashes.nodeHash(frontier[level], root);
            }
        }
        return root;
    }
}
