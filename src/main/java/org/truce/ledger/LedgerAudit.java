package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The audit anyone can run against a Truce log from outside: verify the signed checkpoint with
 * the pinned key, its consistency with the last checkpoint verified, recompute the root from every
 * entry, and check each record the auditor may see against its entry's commitment.
 *
 * <p>Trusts nothing the log serves except through the checkpoint's signature, and stops at
 * nothing short of an unreachable log: every disagreement is reported, naming the entry.
 */
public final class LedgerAudit {

    /** Entries fetched per request. */
    static final int PAGE = 1000;

    private final AuditedLog log;
    private final AuditState pinned;
    private final boolean withRecords;
    private final AuditReport report = new AuditReport();

    private LedgerAudit(AuditedLog log, AuditState pinned, boolean withRecords) {
        this.log = Objects.requireNonNull(log, "log");
        this.pinned = pinned;
        this.withRecords = withRecords;
    }

    /**
     * Audits the log.
     *
     * @param pinned      what a previous audit pinned, or null on first use (the served key is then pinned)
     * @param withRecords whether to check the records the log discloses to the auditor's token
     * @throws AuditedLog.Unavailable when the log cannot be reached for its key or checkpoint
     */
    public static AuditReport run(AuditedLog log, AuditState pinned, boolean withRecords) {
        return new LedgerAudit(log, pinned, withRecords).run();
    }

    private AuditReport run() {
        NoteVerifier key = key();
        if (key == null) {
            return report;
        }
        String note = log.checkpoint();
        OpenedNote opened;
        Checkpoint checkpoint;
        try {
            opened = SignedNote.open(note, List.of(key));
            checkpoint = Checkpoint.parse(opened.text());
        } catch (NoteRejectedException | IllegalArgumentException e) {
            report.failed("checkpoint: its signature does not verify with the log's key " + key.format() + ": "
                    + e.getMessage());
            return report;
        }
        if (!checkpoint.origin().equals(key.name())) {
            report.failed("checkpoint: its origin '" + checkpoint.origin() + "' is not the log's ('" + key.name() + "')");
            return report;
        }
        String root = b64(checkpoint.rootHash());
        report.verified("checkpoint: size " + checkpoint.size() + ", root " + root + ", signed by " + key.name()
                + "+" + HexFormat.of().toHexDigits(key.keyId()));
        boolean consistent = consistency(checkpoint);
        EntryReplay replay = new EntryReplay(checkpoint, log, withRecords, report);
        replay.run();
        boolean rootMatches = replay.rootMatches();
        cosignatures(opened, checkpoint);
        if (consistent && rootMatches) {
            String records = withRecords ? "; " + replay.recordsChecked() + " records visible to this token match"
                    + " their commitments" : "";
            report.clean(new AuditState(key.format(), checkpoint.format()),
                    "checkpoint " + checkpoint.size() + " (root " + root + ") is signed by the pinned key"
                            + (pinned != null && pinned.checkpoint() != null
                            ? ", extends the checkpoint of size " + pinned.verifiedCheckpoint().size() + " verified before"
                            : "")
                            + ", and its " + checkpoint.size() + " entries recompute its root" + records);
        }
        return report;
    }

    private NoteVerifier key() {
        String served = log.publicKey().strip();
        String keyText = pinned == null ? served : pinned.publicKey();
        NoteVerifier key;
        try {
            key = NoteVerifier.parse(keyText);
        } catch (IllegalArgumentException e) {
            report.failed("log key: '" + keyText + "' is not a verifier key: " + e.getMessage());
            return null;
        }
        if (key.type() != NoteKeyType.ED25519) {
            report.failed("log key: " + keyText + " is not an Ed25519 note key");
            return null;
        }
        if (pinned == null) {
            report.verified("log key: " + keyText + " (pinned on first use: compare it with the key the log's operator"
                    + " published)");
        } else if (!served.equals(pinned.publicKey())) {
            report.failed("log key: the log now serves the key " + served + ", not the pinned key " + pinned.publicKey());
        } else {
            report.verified("log key: " + keyText + " (pinned)");
        }
        return key;
    }

    private boolean consistency(Checkpoint now) {
        Checkpoint before = pinned == null ? null : pinned.verifiedCheckpoint();
        if (before == null) {
            return true;
        }
        if (!before.origin().equals(now.origin())) {
            report.failed("consistency: the pinned checkpoint is of the log '" + before.origin() + "', this one of '"
                    + now.origin() + "'");
            return false;
        }
        if (now.size() < before.size()) {
            report.failed("consistency: the log shrank from " + before.size() + " entries (pinned checkpoint, root "
                    + b64(before.rootHash()) + ") to " + now.size());
            return false;
        }
        List<byte[]> proof;
        try {
            proof = log.consistencyProof(before.size(), now.size());
        } catch (AuditedLog.Unavailable e) {
            report.failed("consistency: the log cannot prove that checkpoint " + now.size()
                    + " extends the pinned checkpoint " + before.size() + ": " + e.getMessage());
            return false;
        }
        if (!MerkleHashes.verifyConsistency(before.size(), now.size(), before.rootHash(), now.rootHash(), proof)) {
            report.failed("consistency: checkpoint " + now.size() + " (root " + b64(now.rootHash())
                    + ") does not extend the pinned checkpoint " + before.size() + " (root " + b64(before.rootHash())
                    + "): entries before " + before.size() + " were rewritten");
            return false;
        }
        report.verified("consistency: extends the pinned checkpoint of size " + before.size());
        return true;
    }

    private void cosignatures(OpenedNote opened, Checkpoint checkpoint) {
        if (opened.unverified().isEmpty()) {
            return;
        }
        List<NoteVerifier> keys = new ArrayList<>();
        try {
            for (String vkey : log.cosignerKeys(checkpoint.size())) {
                keys.add(NoteVerifier.parse(vkey));
            }
        } catch (AuditedLog.Unavailable | IllegalArgumentException e) {
            report.failed("cosignatures: the log's list of cosigner keys is unreadable: " + e.getMessage());
            return;
        }
        byte[] text = opened.text().getBytes(StandardCharsets.UTF_8);
        for (NoteSignature line : opened.unverified()) {
            NoteVerifier key = keys.stream()
                    .filter(k -> k.name().equals(line.name()) && k.keyId() == line.keyId()).findFirst().orElse(null);
            String when = line.signature().length == 72 ? " at " + Cosignature.fromNoteSignature(line).time() : "";
            if (key == null) {
                report.verified("cosignature: " + line.keyLabel() + when + ": no key served to check it");
            } else if (key.type() == NoteKeyType.COSIGNATURE_V1 && key.verify(text, line.signature())) {
                report.verified("cosignature: " + line.keyLabel() + when + ": verified (" + key.format() + ")");
            } else {
                report.failed("cosignature: " + line.keyLabel() + when + " does not verify with its cosigner's key "
                        + key.format());
            }
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static boolean same(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
