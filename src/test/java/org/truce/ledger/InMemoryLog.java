package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.truce.shared.Recording;

/**
 * A log held in lists, served to {@link LedgerAudit} as a server would serve it, and open to any
 * tampering a test wants: change a body, drop or swap entries, re-sign a rewritten history.
 */
final class InMemoryLog implements AuditedLog {

    final NoteSigner signer;
    final List<String> bodies = new ArrayList<>();
    /** The sequence number each row is stored under (a body may be moved between rows). */
    final List<Long> rows = new ArrayList<>();
    final List<Record> records = new ArrayList<>();
    final List<Cosignature> cosignatures = new ArrayList<>();
    final List<String> cosignerKeys = new ArrayList<>();
    String servedKey;
    String checkpoint;

    InMemoryLog(String origin) {
        this.signer = NoteSigner.generate(origin);
        this.servedKey = signer.verifier().format();
    }

    /** Appends an entry for a record, as the write path does, and remembers the record with its salt. */
    long append(Recording recording, String actor) {
        long seq = rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + 1;
        byte[] salt = Commitment.newSalt();
        String commitment = Commitment.commit(salt, recording.action(), recording.subject(), actor, recording.content());
        rows.add(seq);
        bodies.add(EntryBody.of(seq, Instant.parse("2025-03-18T00:00:00Z").plusSeconds(seq), actor, recording, commitment));
        records.add(new Record(seq, "disclosed", recording.action(), recording.subject(), actor,
                HexFormat.of().formatHex(salt), recording.content()));
        return seq;
    }

    long appendParty(String code, String name) {
        return append(Recording.open("party.created", code, Map.of("code", code, "name", name)), "system");
    }

    /** Removes the row of entry {@code seq}, as a DELETE would. */
    void delete(long seq) {
        int i = rows.indexOf(seq);
        rows.remove(i);
        bodies.remove(i);
    }

    /** Signs a checkpoint of every entry as it is now, with the cosignatures collected so far. */
    Checkpoint sign() {
        Checkpoint body = new Checkpoint(signer.name(), bodies.size(), MerkleHashes.rootOf(leafHashes()));
        SignedNote note = SignedNote.sign(body.format(), signer);
        checkpoint = note.withSignatures(cosignatures.stream().map(Cosignature::toNoteSignature).toList()).format();
        return body;
    }

    List<byte[]> leafHashes() {
        return bodies.stream().map(b -> MerkleHashes.leafHash(b.getBytes(StandardCharsets.UTF_8))).toList();
    }

    @Override
    public String publicKey() {
        return servedKey;
    }

    @Override
    public String checkpoint() {
        return checkpoint;
    }

    @Override
    public List<String> cosignerKeys(long size) {
        return cosignerKeys;
    }

    @Override
    public List<byte[]> consistencyProof(long first, long second) {
        MerkleTree tree = MerkleTree.fromLeafHashes(leafHashes());
        if (second > tree.size()) {
            throw new Unavailable("no tree of size " + second);
        }
        return tree.consistencyProof(first, second);
    }

    @Override
    public List<Entry> entries(long start, long end) {
        List<Entry> page = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            long seq = rows.get(i);
            if (seq >= start && seq < end) {
                String body = bodies.get(i);
                page.add(new Entry(seq, body, MerkleHashes.leafHash(body.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return page;
    }

    @Override
    public List<Record> records(long start, long end) {
        return records.stream().filter(r -> r.seq() >= start && r.seq() < end).toList();
    }
}
