package org.truce.ledger;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Measurements behind {@code truce bench ledger}: how fast the in-memory tree answers proofs at
 * scale, and what the Merkle structure costs over plain hashing when recomputing a root.
 *
 * <p>Plain {@link System#nanoTime} timings, good for orders of magnitude on the machine at hand,
 * not for fine comparisons (use JMH for those). Every proof timed is also verified afterwards,
 * so the figures cannot come from work the JIT threw away.
 */
public final class MerkleBenchmark {

    /** Interleaved repetitions of the root recomputation; the first also warms the JIT up. */
    static final int RUNS = 5;

    private MerkleBenchmark() {
    }

    /** Figures from {@link #proofLatency}. */
    public record ProofLatency(long leaves, long buildNanos, long storedBytes, long heapUsedBytes, int queries,
                               long inclusionMedianNanos, long inclusionP99Nanos,
                               long consistencyMedianNanos, long consistencyP99Nanos) {

        public String report() {
            return String.format(Locale.ROOT,
                    "tree of %,d leaves: built in %.1f s, %.0f MiB of stored hashes (heap in use after GC: %.0f MiB)%n"
                            + "inclusion proofs   (%,d random queries): median %.1f µs, p99 %.1f µs%n"
                            + "consistency proofs (%,d random queries): median %.1f µs, p99 %.1f µs",
                    leaves, buildNanos / 1e9, storedBytes / 1048576.0, heapUsedBytes / 1048576.0,
                    queries, inclusionMedianNanos / 1e3, inclusionP99Nanos / 1e3,
                    queries, consistencyMedianNanos / 1e3, consistencyP99Nanos / 1e3);
        }

        @Override
        public String toString() {
            return report();
        }
    }

    /**
     * Figures from {@link #rootRecomputation}: the Merkle root against two baselines, one SHA-256
     * streamed over all the bytes, and one SHA-256 of each entry on its own.
     */
    public record RootRecomputation(long entries, int entryBytes, long merkleRootNanos, long plainSha256Nanos,
                                    long perEntrySha256Nanos) {

        /** How many times longer the Merkle root takes than one SHA-256 over the same bytes. */
        public double overhead() {
            return (double) merkleRootNanos / plainSha256Nanos;
        }

        /** How many times longer the Merkle root takes than a SHA-256 of each entry. */
        public double overheadPerEntry() {
            return (double) merkleRootNanos / perEntrySha256Nanos;
        }

        public String report() {
            double megabytes = entries * (double) entryBytes / 1e6;
            return String.format(Locale.ROOT,
                    "%,d entries of %d bytes (%.0f MB): Merkle root (leaf hashes + tree) %.2f s (%.0f MB/s);%n"
                            + "  plain SHA-256 of all the bytes in one stream %.2f s (%.0f MB/s): overhead x%.2f;%n"
                            + "  SHA-256 of each entry on its own %.2f s (%.0f MB/s): overhead x%.2f",
                    entries, entryBytes, megabytes,
                    merkleRootNanos / 1e9, megabytes / (merkleRootNanos / 1e9),
                    plainSha256Nanos / 1e9, megabytes / (plainSha256Nanos / 1e9), overhead(),
                    perEntrySha256Nanos / 1e9, megabytes / (perEntrySha256Nanos / 1e9), overheadPerEntry());
        }

        @Override
        public String toString() {
            return report();
        }
    }

    /**
     * Builds a tree of {@code leaves} synthetic leaves, then times {@code queries} inclusion
     * proofs (random leaf, random tree size above it) and as many consistency proofs (random
     * pair of sizes), after an equal number of untimed warm-up queries.
     */
    public static ProofLatency proofLatency(long leaves, int queries, long seed) {
        if (leaves < 2 || queries < 1) {
            throw new IllegalArgumentException("need at least 2 leaves and 1 query");
        }
        long start = System.nanoTime();
        MerkleTree tree = MerkleTree.fromLeafHashes(syntheticLeafHashes(leaves));
        long buildNanos = System.nanoTime() - start;
        long heapUsed = heapInUse();

        SplittableRandom random = new SplittableRandom(seed);
        timeInclusion(tree, random, queries);               // warm-up
        long[] inclusion = timeInclusion(tree, random, queries);
        timeConsistency(tree, random, queries);             // warm-up
        long[] consistency = timeConsistency(tree, random, queries);
        return new ProofLatency(leaves, buildNanos, tree.storedBytes(), heapUsed, queries,
                percentile(inclusion, 50), percentile(inclusion, 99),
                percentile(consistency, 50), percentile(consistency, 99));
    }

    /**
     * Times computing the root of {@code entries} entries of {@code entryBytes} bytes (RFC 6962
     * leaf hash per entry, then the tree, in one streaming pass) against one SHA-256 over the
     * same bytes, and against a SHA-256 of each entry. Entries are generated on the fly so that N can exceed the heap; generation is
     * the same in every run. The three are run {@value #RUNS} times, interleaved, and the fastest
     * run of each is reported: on a shared machine the minimum is the figure least disturbed by
     * other work.
     */
    public static RootRecomputation rootRecomputation(long entries, int entryBytes, long seed) {
        if (entries < 1 || entryBytes < 8) {
            throw new IllegalArgumentException("need at least 1 entry of at least 8 bytes");
        }
        long merkle = Long.MAX_VALUE;
        long plain = Long.MAX_VALUE;
        long perEntry = Long.MAX_VALUE;
        byte[][] roots = new byte[RUNS][];
        for (int run = 0; run < RUNS; run++) {
            byte[] entry = randomBytes(entryBytes, seed);
            long start = System.nanoTime();
            StreamingMerkleRoot root = new StreamingMerkleRoot();
            for (long i = 0; i < entries; i++) {
                stamp(entry, i);
                root.appendEntry(entry);
            }
            roots[run] = root.root();
            merkle = Math.min(merkle, System.nanoTime() - start);

            entry = randomBytes(entryBytes, seed);
            start = System.nanoTime();
            MessageDigest sha256 = Sha256.newDigest();
            for (long i = 0; i < entries; i++) {
                stamp(entry, i);
                sha256.update(entry);
            }
            byte[] digest = sha256.digest();
            plain = Math.min(plain, System.nanoTime() - start);

            entry = randomBytes(entryBytes, seed);
            start = System.nanoTime();
            byte[] each = new byte[MerkleHashes.HASH_LENGTH];
            byte[] fold = new byte[MerkleHashes.HASH_LENGTH];
            for (long i = 0; i < entries; i++) {
                stamp(entry, i);
                sha256.update(entry);
                digestInto(sha256, each);
                fold[(int) (i & 31)] ^= each[0];
            }
            perEntry = Math.min(perEntry, System.nanoTime() - start);
            if (digest.length != MerkleHashes.HASH_LENGTH || fold.length != MerkleHashes.HASH_LENGTH) {
                throw new IllegalStateException("SHA-256 gave " + digest.length + " bytes");
            }
        }
        if (!Arrays.equals(roots[0], roots[RUNS - 1])) {
            throw new IllegalStateException("the same entries gave two different roots");
        }
        return new RootRecomputation(entries, entryBytes, merkle, plain, perEntry);
    }

    private static void digestInto(MessageDigest md, byte[] out) {
        try {
            md.digest(out, 0, out.length);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Leaf hashes of the 8-byte big-endian encodings of 0, 1, 2, ..., made as they are consumed. */
    static Iterator<byte[]> syntheticLeafHashes(long count) {
        return new Iterator<>() {
            private final ByteBuffer entry = ByteBuffer.allocate(8);
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public byte[] next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                entry.putLong(0, next++);
                return MerkleHashes.leafHash(entry.array());
            }
        };
    }

    private static long[] timeInclusion(MerkleTree tree, SplittableRandom random, int queries) {
        long size = tree.size();
        long[] nanos = new long[queries];
        long[] indices = new long[queries];
        long[] sizes = new long[queries];
        @SuppressWarnings("unchecked")
        List<byte[]>[] proofs = new List[queries];
        for (int q = 0; q < queries; q++) {
            sizes[q] = random.nextLong(1, size + 1);
            indices[q] = random.nextLong(sizes[q]);
            long start = System.nanoTime();
            proofs[q] = tree.inclusionProof(indices[q], sizes[q]);
            nanos[q] = System.nanoTime() - start;
        }
        for (int q = 0; q < queries; q++) {
            if (!MerkleHashes.verifyInclusion(tree.leafHash(indices[q]), indices[q], sizes[q], proofs[q], tree.root(sizes[q]))) {
                throw new IllegalStateException("inclusion proof failed for leaf " + indices[q] + " in " + sizes[q]);
            }
        }
        return nanos;
    }

    private static long[] timeConsistency(MerkleTree tree, SplittableRandom random, int queries) {
        long size = tree.size();
        long[] nanos = new long[queries];
        long[] olds = new long[queries];
        long[] news = new long[queries];
        @SuppressWarnings("unchecked")
        List<byte[]>[] proofs = new List[queries];
        for (int q = 0; q < queries; q++) {
            news[q] = random.nextLong(2, size + 1);
            olds[q] = random.nextLong(1, news[q]);
            long start = System.nanoTime();
            proofs[q] = tree.consistencyProof(olds[q], news[q]);
            nanos[q] = System.nanoTime() - start;
        }
        for (int q = 0; q < queries; q++) {
            if (!MerkleHashes.verifyConsistency(olds[q], news[q], tree.root(olds[q]), tree.root(news[q]), proofs[q])) {
                throw new IllegalStateException("consistency proof failed from " + olds[q] + " to " + news[q]);
            }
        }
        return nanos;
    }

    static long percentile(long[] samples, int percent) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private static long heapInUse() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    // Makes each entry distinct without regenerating it.
    private static void stamp(byte[] entry, long index) {
        for (int b = 0; b < 8; b++) {
            entry[b] = (byte) (index >>> (56 - 8 * b));
        }
    }
}
