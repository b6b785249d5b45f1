package org.truce.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.truce.ledger.AppendedEntry;
import org.truce.ledger.MerkleHashes;

/** The in-memory tree follows the ledger: rebuilt in chunks, extended idempotently, never across a gap. */
class LedgerTreeIndexTest {

    /** A ledger of stored rows, served in chunks as the database would. */
    private static final class StoredRows extends LedgerEntryReader {
        final List<Long> seqs = new ArrayList<>();

        StoredRows(long count) {
            super(null);
            LongStream.range(0, count).forEach(seqs::add);
        }

        @Override
        public List<LeafHash> leafHashes(long fromSeq, int limit) {
            return seqs.stream().filter(s -> s >= fromSeq).limit(limit).map(s -> new LeafHash(s, leaf(s))).toList();
        }
    }

    @Test
    void rebuildsOverManyChunksAndIgnoresEntriesItAlreadyHas() {
        StoredRows rows = new StoredRows(25_003);
        LedgerTreeIndex index = new LedgerTreeIndex(rows);
        index.rebuild();
        assertThat(index.size()).isEqualTo(25_003);
        assertThat(index.tree().root()).isEqualTo(MerkleHashes.rootOf(LongStream.range(0, 25_003)
                .mapToObj(LedgerTreeIndexTest::leaf).toList()));

        index.onAppended(List.of(appended(25_001), appended(25_002), appended(25_003), appended(25_004)));
        assertThat(index.size()).as("entries delivered again after the rebuild are skipped").isEqualTo(25_005);
        assertThat(index.tree().leafHash(25_004)).isEqualTo(leaf(25_004));
    }

    @Test
    void refusesToGrowAcrossAGapAndRebuildsOnlyUpToAMissingEntry() {
        StoredRows rows = new StoredRows(100);
        rows.seqs.remove(Long.valueOf(40));
        LedgerTreeIndex index = new LedgerTreeIndex(rows);
        index.rebuild();
        assertThat(index.size()).as("the tree stops where the ledger was cut").isEqualTo(40);

        assertThatIllegalStateException().isThrownBy(() -> index.onAppended(List.of(appended(41))))
                .withMessageContaining("entry 40 is missing");
        assertThat(index.size()).isEqualTo(40);
    }

    private static AppendedEntry appended(long seq) {
        return new AppendedEntry(seq, Instant.EPOCH, "test.appended", "t_" + seq, "system", leaf(seq));
    }

    private static byte[] leaf(long seq) {
        return MerkleHashes.leafHash(ByteBuffer.allocate(8).putLong(seq).array());
    }
}
