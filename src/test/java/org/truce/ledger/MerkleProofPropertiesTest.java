package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every proof the tree produces verifies against the reference root, and any change to what the
 * verifier is given makes it fail, except where RFC 9162 proofs by design do not commit to a
 * value (see the size properties).
 */
class MerkleProofPropertiesTest {

    /** Cases come from a fixed seed, so a failure names its case and reproduces. */
    private static final long SEED = 0x7275636500L;

    private static final int MAX = 2048;
    private static final List<byte[]> LEAVES = MerkleTreeTest.leaves(MAX);
    private static final MerkleTree TREE = MerkleTree.fromLeafHashes(LEAVES);

    private static byte[] referenceRoot(int size) {
        return MerkleHashes.rootOf(LEAVES.subList(0, size));
    }

    @ParameterizedTest(name = "{arguments}")
    @MethodSource
    void everyInclusionProofVerifiesAgainstTheReferenceRoot(int size, int rawIndex) {
        int index = rawIndex % size;
        List<byte[]> proof = TREE.inclusionProof(index, size);
        assertThat(MerkleHashes.verifyInclusion(LEAVES.get(index), index, size, proof, referenceRoot(size))).isTrue();
    }

    @ParameterizedTest(name = "{arguments}")
    @MethodSource
    void flippingAnyByteOfAnInclusionProofRootOrLeafFails(int size, int rawIndex, int mask) {
        int index = rawIndex % size;
        List<byte[]> proof = TREE.inclusionProof(index, size);
        byte[] root = referenceRoot(size);
        byte[] leaf = LEAVES.get(index);
        for (int element = 0; element < proof.size(); element++) {
            for (int b = 0; b < MerkleHashes.HASH_LENGTH; b++) {
                assertThat(MerkleHashes.verifyInclusion(leaf, index, size, MerkleHashesTest.flipBit(proof, element, b, mask), root))
                        .as("proof[%d][%d] ^ %d", element, b, mask).isFalse();
            }
        }
        for (int b = 0; b < MerkleHashes.HASH_LENGTH; b++) {
            assertThat(MerkleHashes.verifyInclusion(leaf, index, size, proof, flip(root, b, mask))).as("root[%d]", b).isFalse();
            assertThat(MerkleHashes.verifyInclusion(flip(leaf, b, mask), index, size, proof, root)).as("leaf[%d]", b).isFalse();
        }
    }

    @ParameterizedTest(name = "{arguments}")
    @MethodSource
    void anInclusionProofHoldsForNoOtherIndex(int size, int rawIndex) {
        int index = rawIndex % size;
        List<byte[]> proof = TREE.inclusionProof(index, size);
        byte[] root = referenceRoot(size);
        byte[] leaf = LEAVES.get(index);
        for (int other = 0; other < size; other++) {
            if (other != index) {
                assertThat(MerkleHashes.verifyInclusion(leaf, other, size, proof, root)).as("index %d", other).isFalse();
            }
        }
    }

    /**
     * An inclusion proof fixes the path's length and its left/right turns, not the tree size:
     * another size with the same path shape accepts the same proof and root (which is why the
     * size must come from the signed checkpoint). Every other size must reject it.
     */
    @ParameterizedTest(name = "{arguments}")
    @MethodSource
    void anInclusionProofHoldsForAnotherSizeOnlyIfThePathShapeIsTheSame(int size, int rawIndex) {
        int index = rawIndex % size;
        List<byte[]> proof = TREE.inclusionProof(index, size);
        byte[] root = referenceRoot(size);
        byte[] leaf = LEAVES.get(index);
        String shape = inclusionShape(index, size);
        for (long other = 0; other <= 2L * MAX; other++) {
            if (other != size) {
                boolean sameShape = other > index && inclusionShape(index, other).equals(shape);
                assertThat(MerkleHashes.verifyInclusion(leaf, index, other, proof, root))
                        .as("size %d instead of %d", other, size).isEqualTo(sameShape);
            }
        }
    }

    @ParameterizedTest(name = "{arguments}")
    @MethodSource
    void everyConsistencyProofVerifiesAgainstTheReferenceRoots(int a, int b) {
        int oldSize = Math.min(a, b);
        int newSize = Math.max(a, b);
        List<byte[]> proof = TREE.consistencyProof(oldSize, newSize);
        assertThat(MerkleHashes.verifyConsistency(oldSize, newSize, referenceRoot(oldSize), referenceRoot(newSize), proof)).isTrue();
    }

    // From an empty tree nothing is proven about the new root, so sizes start at 1 here; the
    // empty-tree cases are in MerkleHashesTest.
    @ParameterizedTest(name = "{arguments}")
    @MethodSource
    void flippingAnyByteOfAConsistencyProofOrRootFails(int a, int b, int mask) {
        int oldSize = Math.min(a, b);
        int newSize = Math.max(a, b);
        List<byte[]> proof = TREE.consistencyProof(oldSize, newSize);
        byte[] oldRoot = referenceRoot(oldSize);
        byte[] newRoot = referenceRoot(newSize);
        for (int element = 0; element < proof.size(); element++) {
            for (int i = 0; i < MerkleHashes.HASH_LENGTH; i++) {
                assertThat(MerkleHashes.verifyConsistency(oldSize, newSize, oldRoot, newRoot, MerkleHashesTest.flipBit(proof, element, i, mask)))
                        .as("proof[%d][%d] ^ %d", element, i, mask).isFalse();
            }
        }
        for (int i = 0; i < MerkleHashes.HASH_LENGTH; i++) {
            assertThat(MerkleHashes.verifyConsistency(oldSize, newSize, flip(oldRoot, i, mask), newRoot, proof)).as("old root[%d]", i).isFalse();
            assertThat(MerkleHashes.verifyConsistency(oldSize, newSize, oldRoot, flip(newRoot, i, mask), proof)).as("new root[%d]", i).isFalse();
        }
    }

    /** As for inclusion: other sizes are accepted exactly when they give the proof the same shape. */
    @ParameterizedTest(name = "{arguments}")
    @MethodSource
    void aConsistencyProofHoldsForOtherSizesOnlyIfTheProofShapeIsTheSame(int a, int b) {
        int oldSize = Math.min(a, b);
        int newSize = Math.max(a, b);
        List<byte[]> proof = TREE.consistencyProof(oldSize, newSize);
        byte[] oldRoot = referenceRoot(oldSize);
        byte[] newRoot = referenceRoot(newSize);
        String shape = consistencyShape(oldSize, newSize);
        List<long[]> others = new ArrayList<>();
        for (int dOld = -3; dOld <= 3; dOld++) {
            for (int dNew = -3; dNew <= 3; dNew++) {
                others.add(new long[] {oldSize + dOld, newSize + dNew});
            }
        }
        others.add(new long[] {oldSize, 2L * newSize});
        others.add(new long[] {oldSize, newSize / 2});
        others.add(new long[] {2L * oldSize, 2L * newSize});
        others.add(new long[] {oldSize ^ 2, newSize});
        for (long[] other : others) {
            long m = other[0];
            long n = other[1];
            if (m == oldSize && n == newSize) {
                continue;
            }
            boolean sameShape = m >= 1 && n >= m && consistencyShape(m, n).equals(shape);
            assertThat(MerkleHashes.verifyConsistency(m, n, oldRoot, newRoot, proof))
                    .as("sizes %d to %d instead of %d to %d", m, n, oldSize, newSize).isEqualTo(sameShape);
        }
    }

    static Stream<Arguments> everyInclusionProofVerifiesAgainstTheReferenceRoot() {
        Random random = new Random(SEED ^ "everyInclusionProofVerifiesAgainstTheReferenceRoot".hashCode());
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(between(random, 1, MAX), between(random, 0, MAX - 1)));
    }

    static Stream<Arguments> flippingAnyByteOfAnInclusionProofRootOrLeafFails() {
        Random random = new Random(SEED ^ "flippingAnyByteOfAnInclusionProofRootOrLeafFails".hashCode());
        return IntStream.range(0, 100).mapToObj(i -> Arguments.of(between(random, 1, MAX), between(random, 0, MAX - 1), between(random, 1, 255)));
    }

    static Stream<Arguments> anInclusionProofHoldsForNoOtherIndex() {
        Random random = new Random(SEED ^ "anInclusionProofHoldsForNoOtherIndex".hashCode());
        return IntStream.range(0, 100).mapToObj(i -> Arguments.of(between(random, 1, MAX), between(random, 0, MAX - 1)));
    }

    static Stream<Arguments> anInclusionProofHoldsForAnotherSizeOnlyIfThePathShapeIsTheSame() {
        Random random = new Random(SEED ^ "anInclusionProofHoldsForAnotherSizeOnlyIfThePathShapeIsTheSame".hashCode());
        return IntStream.range(0, 100).mapToObj(i -> Arguments.of(between(random, 1, MAX), between(random, 0, MAX - 1)));
    }

    static Stream<Arguments> everyConsistencyProofVerifiesAgainstTheReferenceRoots() {
        Random random = new Random(SEED ^ "everyConsistencyProofVerifiesAgainstTheReferenceRoots".hashCode());
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(between(random, 0, MAX), between(random, 0, MAX)));
    }

    static Stream<Arguments> flippingAnyByteOfAConsistencyProofOrRootFails() {
        Random random = new Random(SEED ^ "flippingAnyByteOfAConsistencyProofOrRootFails".hashCode());
        return IntStream.range(0, 100).mapToObj(i -> Arguments.of(between(random, 1, MAX), between(random, 1, MAX), between(random, 1, 255)));
    }

    static Stream<Arguments> aConsistencyProofHoldsForOtherSizesOnlyIfTheProofShapeIsTheSame() {
        Random random = new Random(SEED ^ "aConsistencyProofHoldsForOtherSizesOnlyIfTheProofShapeIsTheSame".hashCode());
        return IntStream.range(0, 100).mapToObj(i -> Arguments.of(between(random, 1, MAX), between(random, 1, MAX)));
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    // The sides on which PATH(index, D[0:size]) meets its siblings, leaf first: 'L' when the
    // sibling is on the left. Derived from the RFC's recursive definition, not from the verifier.
    static String inclusionShape(long index, long size) {
        StringBuilder rootFirst = new StringBuilder();
        long from = 0;
        long to = size;
        while (to - from > 1) {
            long k = Long.highestOneBit(to - from - 1);
            if (index < from + k) {
                rootFirst.append('R');
                to = from + k;
            } else {
                rootFirst.append('L');
                from += k;
            }
        }
        return rootFirst.reverse().toString();
    }

    // Likewise for SUBPROOF: whether the proof starts with a subtree hash ('S') or from the old
    // root itself ('O'), then the side of each sibling from the bottom up.
    static String consistencyShape(long oldSize, long newSize) {
        if (oldSize == newSize) {
            return "=";
        }
        StringBuilder rootFirst = new StringBuilder();
        long m = oldSize;
        long from = 0;
        long to = newSize;
        boolean wholeOldTree = true;
        while (m != to - from) {
            long k = Long.highestOneBit(to - from - 1);
            if (m <= k) {
                rootFirst.append('R');
                to = from + k;
            } else {
                rootFirst.append('L');
                m -= k;
                from += k;
                wholeOldTree = false;
            }
        }
        return (wholeOldTree ? "O" : "S") + rootFirst.reverse();
    }

    private static byte[] flip(byte[] hash, int index, int mask) {
        byte[] copy = hash.clone();
        copy[index] ^= (byte) mask;
        return copy;
    }
}
