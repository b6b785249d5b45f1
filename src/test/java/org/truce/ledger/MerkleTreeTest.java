package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.truce.ledger.Rfc6962Vectors.ConsistencyVector;
import org.truce.ledger.Rfc6962Vectors.InclusionVector;

class MerkleTreeTest {

    static byte[] leaf(long i) {
        return MerkleHashes.leafHash(ByteBuffer.allocate(8).putLong(i).array());
    }

    static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(leaf(i));
        }
        return out;
    }

    @Test
    void producesTheKnownRootsAndProofs() {
        MerkleTree tree = MerkleTree.fromLeafHashes(Rfc6962Vectors.leafHashes());
        for (int n = 1; n <= 8; n++) {
            assertThat(tree.root(n)).as("root(%d)", n).isEqualTo(Rfc6962Vectors.root(n));
        }
        for (InclusionVector v : Rfc6962Vectors.INCLUSION) {
            assertThat(tree.inclusionProof(v.index(), v.size())).as("%s", v).containsExactlyElementsOf(v.proof());
        }
        for (ConsistencyVector v : Rfc6962Vectors.CONSISTENCY) {
            assertThat(tree.consistencyProof(v.oldSize(), v.newSize())).as("%s", v).containsExactlyElementsOf(v.proof());
        }
    }

    @Test
    void rootAtEverySizeEqualsTheReferenceRecursion() {
        int max = 600;
        List<byte[]> leaves = leaves(max);
        MerkleTree grown = new MerkleTree();
        StreamingMerkleRoot streaming = new StreamingMerkleRoot();
        assertThat(grown.root()).isEqualTo(MerkleHashes.emptyRoot());
        assertThat(streaming.root()).isEqualTo(MerkleHashes.emptyRoot());
        for (int n = 1; n <= max; n++) {
            grown.append(leaves.get(n - 1));
            streaming.appendLeafHash(leaves.get(n - 1));
            byte[] expected = MerkleHashes.rootOf(leaves.subList(0, n));
            assertThat(grown.size()).isEqualTo(n);
            assertThat(grown.root()).as("root after %d appends", n).isEqualTo(expected);
            assertThat(streaming.root()).as("streaming root of %d", n).isEqualTo(expected);
        }
        // and every earlier size is still answerable from the final tree
        for (int n = 0; n <= max; n++) {
            assertThat(grown.root(n)).as("root(%d) after growth", n).isEqualTo(MerkleHashes.rootOf(leaves.subList(0, n)));
        }
    }

    @Test
    void bulkBuildEqualsOneByOneAppends() {
        List<byte[]> leaves = leaves(1000);
        MerkleTree bulk = MerkleTree.fromLeafHashes(leaves);
        MerkleTree single = new MerkleTree();
        leaves.forEach(single::append);
        assertThat(bulk.size()).isEqualTo(1000);
        assertThat(bulk.root()).isEqualTo(single.root());
        assertThat(bulk.inclusionProof(777, 999)).containsExactlyElementsOf(single.inclusionProof(777, 999));
        assertThat(bulk.storedBytes()).isEqualTo(single.storedBytes());
    }

    @Test
    void fullNodesAreRootsOfAlignedPowerOfTwoRanges() {
        List<byte[]> leaves = leaves(300);
        MerkleTree tree = MerkleTree.fromLeafHashes(leaves);
        for (int level = 0; level <= 8; level++) {
            int width = 1 << level;
            for (int index = 0; (index + 1) * width <= 300; index++) {
                assertThat(tree.fullNode(level, index)).as("node %d/%d", level, index)
                        .isEqualTo(MerkleHashes.rootOf(leaves.subList(index * width, (index + 1) * width)));
            }
        }
        assertThat(tree.leafHash(299)).isEqualTo(leaves.get(299));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.fullNode(0, 300));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.fullNode(2, 75)); // leaves 300..303 not all there
        assertThatIllegalArgumentException().isThrownBy(() -> tree.fullNode(9, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.fullNode(-1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.fullNode(63, 0));
    }

    @Test
    void proofsAcrossStorageChunkBoundariesVerify() {
        // 8,192 hashes fill a storage chunk: cross chunk boundaries on levels 0 and 2.
        int n = 70_001;
        List<byte[]> leaves = leaves(n);
        MerkleTree tree = MerkleTree.fromLeafHashes(leaves);
        SplittableRandom random = new SplittableRandom(7);
        long[] sizes = {8_191, 8_192, 8_193, 32_767, 32_768, 32_769, 65_536, 65_537, 70_001};
        for (long size : sizes) {
            byte[] root = MerkleHashes.rootOf(leaves.subList(0, (int) size));
            assertThat(tree.root(size)).as("root(%d)", size).isEqualTo(root);
            for (long index : new long[] {0, size - 1, 8_191 % size, 8_192 % size, random.nextLong(size)}) {
                assertThat(MerkleHashes.verifyInclusion(leaves.get((int) index), index, size, tree.inclusionProof(index, size), root))
                        .as("leaf %d in %d", index, size).isTrue();
            }
            long old = random.nextLong(1, size + 1);
            assertThat(MerkleHashes.verifyConsistency(old, size, tree.root(old), root, tree.consistencyProof(old, size)))
                    .as("%d to %d", old, size).isTrue();
        }
    }

    @Test
    void storesLittleMoreThanTheLeafHashes() {
        int n = 1_000_000;
        MerkleTree tree = MerkleTree.fromLeafHashes(LongStream.range(0, n).mapToObj(MerkleTreeTest::leaf).iterator());
        // Levels 2, 4, 6, ... add a third to the leaf hashes (all levels would double them),
        // plus the unused tail of each level's last chunk.
        long leafBytes = 32L * n;
        assertThat(tree.storedBytes()).isBetween(leafBytes * 4 / 3, leafBytes * 14 / 10);
    }

    @Test
    void rejectsRequestsBeyondTheTree() {
        MerkleTree tree = MerkleTree.fromLeafHashes(leaves(10));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.root(11));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.root(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.inclusionProof(10, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.inclusionProof(0, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.inclusionProof(-1, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.inclusionProof(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.consistencyProof(5, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.consistencyProof(5, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.consistencyProof(-1, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> tree.append(new byte[31]));
        assertThat(tree.size()).isEqualTo(10);
        assertThat(tree.consistencyProof(0, 10)).isEmpty();
        assertThat(tree.consistencyProof(10, 10)).isEmpty();
    }

    @Test
    void aFailedBulkAppendKeepsWhatCameBeforeIt() {
        List<byte[]> input = new ArrayList<>(leaves(5));
        input.add(new byte[3]);
        MerkleTree tree = new MerkleTree();
        assertThatIllegalArgumentException().isThrownBy(() -> tree.appendAll(input.iterator()));
        assertThat(tree.size()).isEqualTo(5);
        assertThat(tree.root()).isEqualTo(MerkleHashes.rootOf(leaves(5)));
        tree.append(leaf(5));
        assertThat(tree.root()).isEqualTo(MerkleHashes.rootOf(leaves(6)));
    }

    @Test
    void appendCopiesItsInput() {
        byte[] hash = leaf(0);
        MerkleTree tree = new MerkleTree();
        tree.append(hash);
        hash[0] ^= 1;
        assertThat(tree.root()).isEqualTo(leaf(0));
    }

    @Test
    void readersNeverSeeAHalfWrittenTree() throws InterruptedException {
        int total = 150_000;
        MerkleTree tree = new MerkleTree();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Runnable reader = () -> {
            SplittableRandom random = new SplittableRandom(Thread.currentThread().getId());
            long checks = 0;
            while (!done.get() || checks == 0) {
                long size = tree.size();
                if (size < 2) {
                    continue;
                }
                long index = random.nextLong(size);
                byte[] root = tree.root(size);
                if (!MerkleHashes.verifyInclusion(leaf(index), index, size, tree.inclusionProof(index, size), root)) {
                    failures.add("leaf " + index + " in " + size);
                }
                long old = random.nextLong(1, size + 1);
                if (!MerkleHashes.verifyConsistency(old, size, tree.root(old), root, tree.consistencyProof(old, size))) {
                    failures.add("consistency " + old + " to " + size);
                }
                checks++;
            }
        };
        Thread r1 = new Thread(reader);
        Thread r2 = new Thread(reader);
        r1.start();
        r2.start();
        for (int i = 0; i < total; i++) {
            tree.append(leaf(i));
        }
        done.set(true);
        r1.join();
        r2.join();
        assertThat(failures).isEmpty();
        assertThat(tree.root()).isEqualTo(MerkleHashes.rootOf(leaves(total)));
    }
}
