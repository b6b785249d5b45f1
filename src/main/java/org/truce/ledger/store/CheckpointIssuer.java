package org.truce.ledger.store;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.ledger.Checkpoint;
import org.truce.ledger.MerkleTree;
import org.truce.ledger.SignedNote;
import org.truce.ledger.store.CheckpointStore.StoredCheckpoint;
import org.truce.shared.Conflict;

/**
 * Signs checkpoints of the in-memory tree with the log's key and stores them.
 *
 * <p>Before signing, it checks that the tree still extends the latest checkpoint on record: an
 * honest instance must never put its key to two histories, which is what a database rewritten
 * behind its back would otherwise make it do. Instances sharing a database may each issue; a
 * size issued by another instance first is simply read back.
 */
@Component
public class CheckpointIssuer {

    private static final Logger log = LoggerFactory.getLogger(CheckpointIssuer.class);
    private static final HexFormat HEX = HexFormat.of();

    private final LedgerTreeIndex tree;
    private final CheckpointStore checkpoints;
    private final LedgerSigningKey key;
    private final Clock clock;

    public CheckpointIssuer(LedgerTreeIndex tree, CheckpointStore checkpoints, LedgerSigningKey key) {
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.key = key;
        this.clock = Clock.systemUTC();
    }

    /** The log's origin line, which is also the name of its key. */
    public String origin() {
        return key.origin();
    }

    public Optional<StoredCheckpoint> latest() {
        return checkpoints.latest();
    }

    public Optional<StoredCheckpoint> bySize(long size) {
        return checkpoints.bySize(size);
    }

    /**
     * Issues a checkpoint of the tree as it is now, unless the latest one already covers it; returns
     * the latest checkpoint either way.
     *
     * @throws Conflict when the tree no longer extends the latest checkpoint (the ledger was altered)
     */
    public synchronized StoredCheckpoint issue() {
        MerkleTree current = tree.tree();
        long size = current.size();
        Optional<StoredCheckpoint> latest = checkpoints.latest();
        if (latest.isPresent()) {
            StoredCheckpoint last = latest.get();
            if (last.size() > size) {
                return last; // another instance is ahead of this one's tree
            }
            if (!MessageDigest.isEqual(current.root(last.size()), last.rootHash())) {
                log.error("the ledger no longer extends checkpoint {} (root {}): the database was altered; refusing to"
                        + " sign a checkpoint of it", last.size(), HEX.formatHex(last.rootHash()));
                throw new Conflict(null, "the ledger no longer extends checkpoint " + last.size()
                        + ": entries were altered outside the write path; no checkpoint is signed");
            }
            if (last.size() == size) {
                return last;
            }
        }
        byte[] root = current.root(size);
        String note = SignedNote.sign(new Checkpoint(origin(), size, root).format(), key.signer()).format();
        StoredCheckpoint issued = new StoredCheckpoint(size, root, note, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        if (checkpoints.insert(issued)) {
            log.debug("issued checkpoint {}", size);
            return issued;
        }
        return checkpoints.bySize(size).orElseThrow();
    }

    /** Issues when the tree grew since the latest checkpoint; for the scheduled task, which must not throw. */
    public void issueIfGrown() {
        try {
            long latest = checkpoints.latest().map(StoredCheckpoint::size).orElse(-1L);
            if (tree.size() > latest) {
                issue();
            }
        } catch (Conflict refused) {
            // logged by issue(); an altered ledger stays unsigned until repaired
        } catch (RuntimeException e) {
            log.warn("issuing a checkpoint failed; retrying at the next interval", e);
        }
    }
}
