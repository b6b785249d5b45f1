package org.truce.ledger;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The root of a growing log computed in one pass, keeping only O(log n) hashes.
 *
 * <p>For an auditor replaying the whole log, or a rebuild that only needs the final root: the
 * tree of n leaves is the list of perfect subtrees given by the binary digits of n, and only the
 * latest subtree of each height is needed to absorb the next leaf. {@link MerkleTree} uses the
 * same walk as its writer side and stores what it reports.
 *
 * <p>Each leaf costs one node hash on average, a 65-byte input; at that size the bookkeeping
 * around a SHA-256 call (a fresh result array, a thread-local lookup) costs as much as the
 * hashing, so this class keeps its own digest and hashes into buffers it reuses. It is not
 * thread-safe.
 */
public final class StreamingMerkleRoot {

    /**
     * Told of every perfect subtree the moment its last leaf arrives; the leaf itself is level 0.
     * The array is only valid during the call: copy what you keep.
     */
    @FunctionalInterface
    interface CompletedSubtrees {
        void completed(int level, long index, byte[] hash);
    }

    private static final int HASH = MerkleHashes.HASH_LENGTH;

    private final MessageDigest md = Sha256.newDigest();
    // frontier[k*32 .. k*32+32) is the hash of the rightmost complete subtree of 2^k leaves; only
    // the levels whose bit is set in size are current.
    private final byte[] frontier = new byte[64 * HASH];
    private final byte[] node = new byte[1 + 2 * HASH];
    private final byte[] current = new byte[HASH];
    private long size;

    public StreamingMerkleRoot() {
        node[0] = 0x01;
    }

    /** Adds the next leaf, given its hash ({@link MerkleHashes#leafHash}). */
    public void appendLeafHash(byte[] leafHash) {
        append(leafHash, null);
    }

    /** Adds the next leaf, given the entry itself: SHA-256(0x00 ‖ entry). */
    public void appendEntry(byte[] entry) {
        Objects.requireNonNull(entry, "entry");
        requireRoom();
        md.update((byte) 0x00);
        md.update(entry);
        finish(current);
        fold(null);
    }

    void append(byte[] leafHash, CompletedSubtrees sink) {
        Objects.requireNonNull(leafHash, "leafHash");
        if (leafHash.length != HASH) {
            throw new IllegalArgumentException("a leaf hash has " + HASH + " bytes, not " + leafHash.length);
        }
        requireRoom();
        System.arraycopy(leafHash, 0, current, 0, HASH);
        fold(sink);
    }

    // Each set low bit of n is a complete left sibling waiting for this leaf's subtree.
    private void fold(CompletedSubtrees sink) {
        long n = size;
        if (sink != null) {
            sink.completed(0, n, current);
        }
        int level = 0;
        while (((n >>> level) & 1) == 1) {
            System.arraycopy(frontier, level * HASH, node, 1, HASH);
            System.arraycopy(current, 0, node, 1 + HASH, HASH);
            md.update(node, 0, node.length);
            finish(current);
            level++;
            if (sink != null) {
                sink.completed(level, ((n + 1) >>> level) - 1, current);
            }
        }
        System.arraycopy(current, 0, frontier, level * HASH, HASH);
        size = n + 1;
    }

    private void finish(byte[] into) {
        try {
            md.digest(into, 0, HASH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 did not fill 32 bytes", e);
        }
    }

    private void requireRoom() {
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("the log is full");
        }
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
                byte[] subtree = java.util.Arrays.copyOfRange(frontier, level * HASH, (level + 1) * HASH);
                root = root == null ? subtree : MerkleHashes.nodeHash(subtree, root);
            }
        }
        return root;
    }
}
