package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark at toy sizes: it runs, checks its own proofs and reports sane figures. */
class MerkleBenchmarkTest {

    @Test
    void measuresProofLatencyOnASmallTree() {
        MerkleBenchmark.ProofLatency figures = MerkleBenchmark.proofLatency(20_000, 300, 42);
        assertThat(figures.leaves()).isEqualTo(20_000);
        assertThat(figures.storedBytes()).isPositive();
        assertThat(figures.inclusionMedianNanos()).isPositive().isLessThanOrEqualTo(figures.inclusionP99Nanos());
        assertThat(figures.consistencyMedianNanos()).isPositive().isLessThanOrEqualTo(figures.consistencyP99Nanos());
        assertThat(figures.report()).contains("20,000 leaves", "inclusion proofs", "consistency proofs");
    }

    @Test
    void comparesMerkleRootWithPlainHashing() {
        MerkleBenchmark.RootRecomputation figures = MerkleBenchmark.rootRecomputation(5_000, 300, 42);
        assertThat(figures.merkleRootNanos()).isPositive();
        assertThat(figures.plainSha256Nanos()).isPositive();
        assertThat(figures.report()).contains("5,000 entries of 300 bytes");
    }

    @Test
    void syntheticLeavesAreTheLeafHashesOfTheirIndices() {
        List<byte[]> generated = new ArrayList<>();
        MerkleBenchmark.syntheticLeafHashes(3).forEachRemaining(generated::add);
        assertThat(generated).containsExactlyElementsOf(MerkleTreeTest.leaves(3));
    }

    @Test
    void percentilesUseTheNearestRank() {
        long[] samples = new long[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i;
        }
        assertThat(MerkleBenchmark.percentile(samples, 50)).isEqualTo(50);
        assertThat(MerkleBenchmark.percentile(samples, 99)).isEqualTo(99);
        assertThat(MerkleBenchmark.percentile(new long[] {7}, 99)).isEqualTo(7);
    }
}
