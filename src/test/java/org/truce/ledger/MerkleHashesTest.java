package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.truce.ledger.Rfc6962Vectors.hex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.truce.ledger.Rfc6962Vectors.ConsistencyVector;
import org.truce.ledger.Rfc6962Vectors.InclusionVector;

class MerkleHashesTest {

    private static final byte[] SOME_HASH = hex("abacaba000000000000000000000000000000000000000000060061e00123456");
    private static final byte[] EMPTY = hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    @Test
    void hashesMatchRfc6962KnownAnswers() {
        assertThat(MerkleHashes.emptyRoot()).isEqualTo(EMPTY);
        assertThat(MerkleHashes.leafHash(new byte[0]))
                .isEqualTo(hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        assertThat(MerkleHashes.leafHash("L123456".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(hex("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"));
        assertThat(MerkleHashes.nodeHash("N123".getBytes(StandardCharsets.US_ASCII), "N456".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(hex("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"));
    }

    @Test
    void leafHashOfASliceEqualsLeafHashOfACopy() {
        byte[] buffer = "xxL123456yy".getBytes(StandardCharsets.US_ASCII);
        assertThat(MerkleHashes.leafHash(buffer, 2, 7))
                .isEqualTo(MerkleHashes.leafHash("L123456".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void emptyRootIsACopy() {
        MerkleHashes.emptyRoot()[0] ^= 1;
        assertThat(MerkleHashes.emptyRoot()).isEqualTo(EMPTY);
    }

    @Test
    void referenceRootMatchesKnownRootsForEverySize() {
        List<byte[]> leaves = Rfc6962Vectors.leafHashes();
        assertThat(MerkleHashes.rootOf(List.of())).isEqualTo(EMPTY);
        for (int n = 1; n <= leaves.size(); n++) {
            assertThat(MerkleHashes.rootOf(leaves.subList(0, n))).as("root of %d leaves", n).isEqualTo(Rfc6962Vectors.root(n));
        }
    }

    @Test
    void knownInclusionProofsVerifyAndEveryCorruptionFails() {
        List<byte[]> leaves = Rfc6962Vectors.leafHashes();
        for (InclusionVector v : Rfc6962Vectors.INCLUSION) {
            byte[] leaf = leaves.get((int) v.index());
            byte[] root = Rfc6962Vectors.root(v.size());
            assertThat(MerkleHashes.verifyInclusion(leaf, v.index(), v.size(), v.proof(), root)).as("%s", v).isTrue();

            // The probes of transparency-dev/merkle's corruptInclusionProof.
            long i = v.index();
            long n = v.size();
            List<byte[]> p = v.proof();
            assertThat(MerkleHashes.verifyInclusion(leaf, i - 1, n, p, root)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i + 1, n, p, root)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i ^ 2, n, p, root)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i, n * 2, p, root)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i, n / 2, p, root)).isFalse();
            assertThat(MerkleHashes.verifyInclusion("WrongLeaf".getBytes(StandardCharsets.US_ASCII), i, n, p, root)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i, n, p, EMPTY)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i, n, p, SOME_HASH)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i, n, append(p, new byte[0]), root)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i, n, append(p, root), root)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i, n, prepend(new byte[0], p), root)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(leaf, i, n, prepend(root, p), root)).isFalse();
            for (int k = 0; k < p.size(); k++) {
                assertThat(MerkleHashes.verifyInclusion(leaf, i, n, flipBit(p, k, 0, 8), root)).as("proof[%d] bit 3", k).isFalse();
            }
            if (!p.isEmpty()) {
                assertThat(MerkleHashes.verifyInclusion(leaf, i, n, p.subList(0, p.size() - 1), root)).isFalse();
            }
            if (p.size() > 1) {
                List<byte[]> inserted = new ArrayList<>(p);
                inserted.add(1, SOME_HASH);
                assertThat(MerkleHashes.verifyInclusion(leaf, i, n, inserted, root)).isFalse();
            }
        }
    }

    @Test
    void inclusionRejectsImpossibleIndicesAndSizes() {
        for (long[] probe : new long[][] {{0, 0}, {0, 1}, {1, 0}, {2, 1}, {-1, 5}, {0, -1}, {Long.MAX_VALUE, Long.MAX_VALUE}}) {
            assertThat(MerkleHashes.verifyInclusion(SOME_HASH, probe[0], probe[1], List.of(), new byte[0])).isFalse();
            assertThat(MerkleHashes.verifyInclusion(new byte[0], probe[0], probe[1], List.of(), EMPTY)).isFalse();
            assertThat(MerkleHashes.verifyInclusion(SOME_HASH, probe[0], probe[1], List.of(), EMPTY)).isFalse();
        }
    }

    @Test
    void aOneLeafTreeHasTheLeafAsRoot() {
        byte[] hash = MerkleHashes.leafHash("data".getBytes(StandardCharsets.US_ASCII));
        assertThat(MerkleHashes.verifyInclusion(hash, 0, 1, List.of(), hash)).isTrue();
        assertThat(MerkleHashes.verifyInclusion(hash, 0, 1, List.of(), new byte[0])).isFalse();
        assertThat(MerkleHashes.verifyInclusion(new byte[0], 0, 1, List.of(), hash)).isFalse();
        assertThat(MerkleHashes.verifyInclusion(new byte[0], 0, 1, List.of(), new byte[0])).isFalse();
    }

    @Test
    void inclusionProofLongerThanAnyTreeIsRejectedWithoutException() {
        List<byte[]> longProof = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            longProof.add(SOME_HASH);
        }
        assertThat(MerkleHashes.verifyInclusion(SOME_HASH, 0, Long.MAX_VALUE, longProof, SOME_HASH)).isFalse();
    }

    @Test
    void knownConsistencyProofsVerifyAndEveryCorruptionFails() {
        for (ConsistencyVector v : Rfc6962Vectors.CONSISTENCY) {
            long m = v.oldSize();
            long n = v.newSize();
            byte[] r1 = Rfc6962Vectors.root(m);
            byte[] r2 = Rfc6962Vectors.root(n);
            List<byte[]> p = v.proof();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, p)).as("%s", v).isTrue();
            if (p.isEmpty()) {
                continue; // as in transparency-dev: only non-trivial proofs are corrupted
            }
            // The probes of transparency-dev/merkle's corruptConsistencyProof.
            assertThat(MerkleHashes.verifyConsistency(m - 1, n, r1, r2, p)).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m + 1, n, r1, r2, p)).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m ^ 2, n, r1, r2, p)).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n * 2, r1, r2, p)).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n / 2, r1, r2, p)).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, "WrongRoot".getBytes(StandardCharsets.US_ASCII), r2, p)).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, "WrongRoot".getBytes(StandardCharsets.US_ASCII), p)).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r2, r1, p)).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, List.of())).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, append(p, new byte[0]))).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, append(p, r1))).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, append(p, r2))).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, prepend(new byte[0], p))).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, prepend(r1, p))).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, prepend(r2, p))).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, prepend(p.get(0), p))).isFalse();
            assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, p.subList(0, p.size() - 1))).isFalse();
            for (int k = 0; k < p.size(); k++) {
                assertThat(MerkleHashes.verifyConsistency(m, n, r1, r2, flipBit(p, k, 0, 16))).as("proof[%d] bit 4", k).isFalse();
            }
        }
    }

    @Test
    void consistencyEdgeCasesNeedNoProof() {
        // Adapted from transparency-dev's TestVerifyConsistency, with real 32-byte roots: this
        // implementation also insists that a size-0 tree has the empty root.
        assertThat(MerkleHashes.verifyConsistency(0, 0, EMPTY, EMPTY, List.of())).isTrue();
        assertThat(MerkleHashes.verifyConsistency(0, 0, EMPTY, SOME_HASH, List.of())).isFalse();
        assertThat(MerkleHashes.verifyConsistency(0, 1, EMPTY, SOME_HASH, List.of())).isTrue();
        assertThat(MerkleHashes.verifyConsistency(0, 1, SOME_HASH, SOME_HASH, List.of())).isFalse();
        assertThat(MerkleHashes.verifyConsistency(1, 1, SOME_HASH, SOME_HASH, List.of())).isTrue();
        assertThat(MerkleHashes.verifyConsistency(1, 1, SOME_HASH, EMPTY, List.of())).isFalse();
        // Time travel to the past.
        assertThat(MerkleHashes.verifyConsistency(1, 0, SOME_HASH, EMPTY, List.of())).isFalse();
        assertThat(MerkleHashes.verifyConsistency(2, 1, SOME_HASH, SOME_HASH, List.of())).isFalse();
        assertThat(MerkleHashes.verifyConsistency(-1, 1, SOME_HASH, SOME_HASH, List.of())).isFalse();
        // Growth needs a proof.
        assertThat(MerkleHashes.verifyConsistency(1, 2, SOME_HASH, EMPTY, List.of())).isFalse();
        // Roots match but the proof is not empty.
        assertThat(MerkleHashes.verifyConsistency(0, 0, EMPTY, EMPTY, List.of(EMPTY))).isFalse();
        assertThat(MerkleHashes.verifyConsistency(0, 1, EMPTY, EMPTY, List.of(EMPTY))).isFalse();
        assertThat(MerkleHashes.verifyConsistency(1, 1, EMPTY, EMPTY, List.of(EMPTY))).isFalse();
    }

    @Test
    void nullIsTheOnlyInputThatThrows() {
        assertThatNullPointerException().isThrownBy(() -> MerkleHashes.verifyInclusion(null, 0, 1, List.of(), EMPTY));
        assertThatNullPointerException().isThrownBy(() -> MerkleHashes.verifyInclusion(EMPTY, 0, 1, null, EMPTY));
        assertThatNullPointerException().isThrownBy(() -> MerkleHashes.verifyInclusion(EMPTY, 0, 1, List.of(), null));
        assertThatNullPointerException().isThrownBy(() -> MerkleHashes.verifyConsistency(1, 2, null, EMPTY, List.of(EMPTY)));
        assertThatNullPointerException().isThrownBy(() -> MerkleHashes.verifyConsistency(1, 2, EMPTY, null, List.of(EMPTY)));
        assertThatNullPointerException().isThrownBy(() -> MerkleHashes.verifyConsistency(1, 2, EMPTY, EMPTY, null));
        assertThatNullPointerException().isThrownBy(() -> MerkleHashes.leafHash(null));
        assertThatNullPointerException().isThrownBy(() -> MerkleHashes.nodeHash(EMPTY, null));
    }

    static List<byte[]> append(List<byte[]> proof, byte[] extra) {
        List<byte[]> out = new ArrayList<>(proof);
        out.add(extra);
        return out;
    }

    static List<byte[]> prepend(byte[] extra, List<byte[]> proof) {
        List<byte[]> out = new ArrayList<>();
        out.add(extra);
        out.addAll(proof);
        return out;
    }

    static List<byte[]> flipBit(List<byte[]> proof, int element, int byteIndex, int mask) {
        List<byte[]> out = new ArrayList<>(proof);
        byte[] changed = out.get(element).clone();
        changed[byteIndex] ^= (byte) mask;
        out.set(element, changed);
        return out;
    }
}
