package org.truce.ledger;

import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing with SHA-256, as pure functions.
 *
 * <p>Leaves and interior nodes get different one-byte prefixes so that no leaf can be passed off
 * as an interior node (a second-preimage attack on the tree). The verifiers follow the
 * algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2 step by step, because they are what an outside
 * auditor will reimplement; they answer {@code false} to anything malformed and throw only for
 * {@code null}.
 */
public final class MerkleHashes {

    /** Length in bytes of every hash in the tree. */
    public static final int HASH_LENGTH = Sha256.LENGTH;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final byte[] EMPTY_ROOT = Sha256.hash(new byte[0]);

    private MerkleHashes() {
    }

    /** SHA-256(0x00 ‖ entry): the hash of one log entry. */
    public static byte[] leafHash(byte[] entry) {
        Objects.requireNonNull(entry, "entry");
        return leafHash(entry, 0, entry.length);
    }

    /** SHA-256(0x00 ‖ entry[offset, offset+length)), for callers that reuse one buffer. */
    public static byte[] leafHash(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        MessageDigest md = Sha256.digest();
        md.update(LEAF_PREFIX);
        md.update(buffer, offset, length);
        return md.digest();
    }

    /** SHA-256(0x01 ‖ left ‖ right): the hash of an interior node. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        MessageDigest md = Sha256.digest();
        md.update(NODE_PREFIX);
        md.update(left);
        return md.digest(right);
    }

    /** SHA-256 of the empty string: the root of a tree with no leaves. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /**
     * The Merkle Tree Hash of RFC 9162 §2.1.1 over the given leaf hashes, by direct recursion.
     *
     * <p>Slow and obviously correct on purpose: it is the reference the tests and an auditor
     * compare the incremental {@link MerkleTree} against.
     */
    public static byte[] rootOf(List<byte[]> leafHashes) {
        Objects.requireNonNull(leafHashes, "leafHashes");
        if (leafHashes.isEmpty()) {
            return emptyRoot();
        }
        return rootOf(leafHashes, 0, leafHashes.size());
    }

    private static byte[] rootOf(List<byte[]> leafHashes, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return Objects.requireNonNull(leafHashes.get(from), "leaf hash").clone();
        }
        int k = Integer.highestOneBit(n - 1); // largest power of two smaller than n
        return nodeHash(rootOf(leafHashes, from, from + k), rootOf(leafHashes, from + k, to));
    }

    /**
     * Checks an inclusion proof (RFC 9162 §2.1.3.2): that the leaf with {@code leafHash} sits at
     * {@code index} in the tree of {@code treeSize} leaves whose root is {@code root}.
     *
     * <p>The proof does not commit to {@code treeSize} by itself; the size must come from the
     * same signed checkpoint as the root.
     */
    public static boolean verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> proof, byte[] root) {
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(root, "root");
        if (index < 0 || index >= treeSize
                || leafHash.length != HASH_LENGTH || root.length != HASH_LENGTH || !allHashes(proof)) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false; // more proof than the tree is tall
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    // fn == sn on the right edge: skip the levels where this node has no sibling.
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Checks a consistency proof (RFC 9162 §2.1.4.2): that the tree of {@code newSize} leaves with
     * root {@code newRoot} extends the tree of {@code oldSize} leaves with root {@code oldRoot}.
     *
     * <p>RFC 9162 defines proofs only for {@code 0 < oldSize < newSize}. The two edge cases are
     * answered without a proof: equal sizes are consistent when the proof is empty and the roots
     * are equal; an empty old tree is consistent with anything when the proof is empty and
     * {@code oldRoot} is the empty root (a checkpoint of size 0 with any other root is false).
     */
    public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        Objects.requireNonNull(oldRoot, "oldRoot");
        Objects.requireNonNull(newRoot, "newRoot");
        Objects.requireNonNull(proof, "proof");
        if (oldSize < 0 || newSize < oldSize
                || oldRoot.length != HASH_LENGTH || newRoot.length != HASH_LENGTH || !allHashes(proof)) {
            return false;
        }
        if (oldSize == 0) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, EMPTY_ROOT)
                    && (newSize > 0 || MessageDigest.isEqual(newRoot, EMPTY_ROOT));
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        // An old tree of exactly 2^k leaves is itself a node of the new tree, so the proof leaves
        // it out and the verifier starts from the old root.
        boolean oldIsPowerOfTwo = Long.bitCount(oldSize) == 1;
        int next = oldIsPowerOfTwo ? 0 : 1;
        byte[] first = oldIsPowerOfTwo ? oldRoot : proof.get(0);
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = first;
        byte[] sr = first;
        for (int i = next; i < proof.size(); i++) {
            byte[] c = proof.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
    }

    private static boolean allHashes(List<byte[]> proof) {
        for (byte[] h : proof) {
            if (Objects.requireNonNull(h, "proof element").length != HASH_LENGTH) {
                return false;
            }
        }
        return true;
    }
}
