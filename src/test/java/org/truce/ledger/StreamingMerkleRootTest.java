package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feeding entries and feeding their leaf hashes give the RFC 9162 root, whatever the entries. */
class StreamingMerkleRootTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 2025})
    void entriesAndLeafHashesGiveTheReferenceRootAtEverySize(long seed) {
        Random random = new Random(seed);
        StreamingMerkleRoot byEntry = new StreamingMerkleRoot();
        StreamingMerkleRoot byHash = new StreamingMerkleRoot();
        List<byte[]> leaves = new ArrayList<>();
        for (int n = 1; n <= 300; n++) {
            byte[] entry = new byte[random.nextInt(400)];
            random.nextBytes(entry);
            byte[] leaf = MerkleHashes.leafHash(entry);
            leaves.add(leaf);
            byEntry.appendEntry(entry);
            byHash.appendLeafHash(leaf);
            byte[] expected = MerkleHashes.rootOf(leaves);
            assertThat(byEntry.root()).as("seed %d, %d entries", seed, n).isEqualTo(expected);
            assertThat(byHash.root()).as("seed %d, %d leaf hashes", seed, n).isEqualTo(expected);
            assertThat(byEntry.size()).isEqualTo(n);
        }
    }
}
