package org.truce.ledger.store;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.ledger.CheckpointCosignature;
import org.truce.ledger.Cosignature;
import org.truce.ledger.CosignerKeyRegistration;
import org.truce.ledger.CosignerKeys;
import org.truce.ledger.Cosigners;
import org.truce.ledger.Ed25519Keys;
import org.truce.ledger.NoteRejectedException;
import org.truce.ledger.NoteSignature;
import org.truce.ledger.NoteVerifier;
import org.truce.ledger.SignedNote;
import org.truce.shared.Conflict;
import org.truce.shared.Forbidden;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.Recording;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;

/**
 * Parties and monitors cosign checkpoints (C2SP tlog-cosignature): each cosignature is checked
 * with the cosigner's registered key before it is kept, and recorded in the ledger.
 */
@Component
public class Cosigning {

    /** A cosignature timestamp further ahead of the log's clock than this is refused. */
    static final long MAX_CLOCK_SKEW_SECONDS = 3600;

    private final WritePath writes;
    private final CheckpointStore checkpoints;
    private final CosignatureStore store;
    private final LedgerSigningKey logKey;
    private final List<CosignerKeys> keySources;

    public Cosigning(WritePath writes, CheckpointStore checkpoints, CosignatureStore store, LedgerSigningKey logKey,
                     List<CosignerKeys> keySources) {
        this.writes = writes;
        this.checkpoints = checkpoints;
        this.store = store;
        this.logKey = logKey;
        this.keySources = keySources;
    }

    /**
     * What a cosigner sends: either its signature line for the checkpoint
     * ({@code — <name> <base64(key ID ‖ timestamp ‖ signature)>}), or the timestamp and the
     * base64 Ed25519 signature alone, the log filling in the cosigner's name and key ID.
     */
    public record Submission(String line, Long timestamp, String signature) {
    }

    public List<CheckpointCosignature> cosignatures(long size) {
        return store.forCheckpoint(size);
    }

    public CheckpointCosignature cosign(Viewer viewer, long size, Submission submission) {
        // The ledger sits below the access feature (which records through it), so it reads the
        // role itself; these are the rows COSIGNATURE/COSIGN of AccessRules.
        if (!viewer.is(Role.PARTY) && !viewer.is(Role.MONITOR)) {
            throw new Forbidden("only a party or a monitor cosigns checkpoints");
        }
        String cosigner = Cosigners.cosigner(viewer);
        CheckpointStore.StoredCheckpoint checkpoint = checkpoints.bySize(size)
                .orElseThrow(() -> InvalidInput.of("size", "no checkpoint of size " + size + " was issued"));
        byte[] publicKey = keyOf(viewer).orElseThrow(() -> new Conflict("cosigner", "no cosigner key is registered for "
                + cosigner + ": a party registers its key with PUT /api/parties/{code}/public-key, a monitor with"
                + " PUT /api/ledger/cosigner-key"));
        NoteVerifier verifier = Cosigners.verifier(logKey.origin(), cosigner, publicKey);
        Cosignature cosignature = read(submission, verifier);
        String field = submission.line() != null ? "cosignature" : "signature";
        String text = SignedNote.parse(checkpoint.note()).text();
        if (!cosignature.verify(verifier, text)) {
            throw InvalidInput.of(field, "does not verify with the public key registered for " + cosigner
                    + " (" + verifier.format() + ") over checkpoint " + size
                    + "; the signed message is \"cosignature/v1\\ntime <timestamp>\\n\" followed by the checkpoint text");
        }
        if (cosignature.timestamp() > Instant.now().getEpochSecond() + MAX_CLOCK_SKEW_SECONDS) {
            throw InvalidInput.of(submission.line() != null ? "cosignature" : "timestamp",
                    "the cosignature's timestamp lies more than an hour in the future");
        }
        return writes.write(viewer, tx -> {
            if (store.exists(size, cosigner)) {
                throw new Conflict("size", cosigner + " has cosigned checkpoint " + size + " already");
            }
            CheckpointCosignature stored = new CheckpointCosignature(Ids.next("cosig"), size, cosigner, verifier.name(),
                    HexFormat.of().toHexDigits(verifier.keyId()), Base64.getEncoder().encodeToString(publicKey),
                    cosignature.timestamp(), Base64.getEncoder().encodeToString(cosignature.signature()), tx.now());
            long seq = tx.record(Recording.open(LedgerOwnRecords.COSIGNED, stored.id(), stored,
                    Map.of("checkpointSize", size, "cosigner", verifier.name())));
            store.insert(stored, seq);
            return stored;
        });
    }

    /** Registers (or replaces) the calling monitor's cosigner key. */
    public CosignerKeyRegistration registerMonitorKey(Viewer viewer, String publicKeyText) {
        if (!viewer.is(Role.MONITOR)) {
            throw new Forbidden("only a monitor registers a cosigner key here; a party cosigns with its party key");
        }
        byte[] raw;
        try {
            raw = Ed25519Keys.parsePublicKey(publicKeyText);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("publicKey", e.getMessage());
        }
        String encoded = Base64.getEncoder().encodeToString(raw);
        return writes.write(viewer, tx -> {
            CosignerKeyRegistration key = new CosignerKeyRegistration(viewer.accountId(), viewer.username(), encoded,
                    tx.now());
            long seq = tx.record(Recording.open(LedgerOwnRecords.COSIGNER_KEY_REGISTERED, viewer.accountId(), key,
                    Map.of("cosigner", Cosigners.keyName(logKey.origin(), viewer.username()))));
            store.insertKey(key, seq);
            return key;
        });
    }

    /** The verifier key of a cosigner's registered key, for answers that show it. */
    public NoteVerifier verifierOf(Viewer viewer, byte[] publicKey) {
        return Cosigners.verifier(logKey.origin(), Cosigners.cosigner(viewer), publicKey);
    }

    private Optional<byte[]> keyOf(Viewer viewer) {
        for (CosignerKeys source : keySources) {
            Optional<byte[]> key = source.ed25519PublicKey(viewer);
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    private static Cosignature read(Submission submission, NoteVerifier verifier) {
        if (submission.line() != null) {
            Cosignature given;
            try {
                given = Cosignature.fromNoteSignature(NoteSignature.parse(submission.line()));
            } catch (NoteRejectedException | IllegalArgumentException e) {
                throw InvalidInput.of("cosignature", "not a cosignature/v1 signature line ('— <name> <base64>'): "
                        + e.getMessage());
            }
            if (!given.name().equals(verifier.name())) {
                throw InvalidInput.of("cosignature", "the cosigner name is '" + given.name() + "'; for this account it"
                        + " must be '" + verifier.name() + "'");
            }
            if (given.keyId() != verifier.keyId()) {
                throw InvalidInput.of("cosignature", "key ID " + HexFormat.of().toHexDigits(given.keyId())
                        + " is not the ID of the key registered for this cosigner ("
                        + HexFormat.of().toHexDigits(verifier.keyId()) + ", " + verifier.format() + ")");
            }
            return given;
        }
        if (submission.timestamp() == null || submission.timestamp() < 0) {
            throw InvalidInput.of("timestamp", "required: the seconds since the epoch that were signed");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(submission.signature() == null ? "" : submission.signature());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("signature", "not base64");
        }
        if (signature.length != Ed25519Keys.SIGNATURE_LENGTH) {
            throw InvalidInput.of("signature", "required: the base64 of a 64-byte Ed25519 signature");
        }
        return new Cosignature(verifier.name(), verifier.keyId(), submission.timestamp(), signature);
    }
}
