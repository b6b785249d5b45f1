package org.truce.ledger.web;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.truce.ledger.CheckpointCosignature;
import org.truce.ledger.SignedNote;
import org.truce.ledger.store.CheckpointIssuer;
import org.truce.ledger.store.CheckpointStore.StoredCheckpoint;
import org.truce.ledger.store.Cosigning;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;

/** A stored checkpoint as it is served: its signed note followed by every cosignature line. */
@Component
class ServedCheckpoints {

    static final MediaType NOTE = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final CheckpointIssuer issuer;
    private final Cosigning cosigning;

    ServedCheckpoints(CheckpointIssuer issuer, Cosigning cosigning) {
        this.issuer = issuer;
        this.cosigning = cosigning;
    }

    /** The checkpoint of that size, or the latest when size is null. */
    StoredCheckpoint find(Long size) {
        if (size == null) {
            return issuer.latest().orElseThrow(() -> new NotFound("checkpoint", "latest"));
        }
        if (size < 0) {
            throw InvalidInput.of("size", "must be 0 or more");
        }
        return issuer.bySize(size).orElseThrow(() -> new NotFound("checkpoint", "of size " + size));
    }

    String noteWithCosignatures(StoredCheckpoint checkpoint) {
        List<CheckpointCosignature> cosignatures = cosigning.cosignatures(checkpoint.size());
        if (cosignatures.isEmpty()) {
            return checkpoint.note();
        }
        return SignedNote.parse(checkpoint.note())
                .withSignatures(cosignatures.stream().map(CheckpointCosignature::toNoteSignature).toList())
                .format();
    }

    Map<String, Object> json(StoredCheckpoint checkpoint) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("origin", issuer.origin());
        body.put("size", checkpoint.size());
        body.put("rootHash", Base64.getEncoder().encodeToString(checkpoint.rootHash()));
        body.put("issuedAt", checkpoint.issuedAt());
        body.put("note", noteWithCosignatures(checkpoint));
        body.put("cosignatures", cosigning.cosignatures(checkpoint.size()).stream().map(ServedCheckpoints::json).toList());
        return body;
    }

    private static Map<String, Object> json(CheckpointCosignature c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cosigner", c.cosigner());
        body.put("keyName", c.keyName());
        body.put("keyId", c.keyId());
        body.put("vkey", c.verifier().format());
        body.put("timestamp", c.timestamp());
        body.put("time", Instant.ofEpochSecond(c.timestamp()));
        body.put("cosignedAt", c.cosignedAt());
        return body;
    }

    /**
     * Whether the caller prefers JSON to the plain signed note, which is the default: JSON only
     * when it asks for it by name with a higher quality than any plain-text type.
     */
    static boolean wantsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double json = 0;
        double text = 0;
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isWildcardType()) {
                    continue;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    json = Math.max(json, type.getQualityValue());
                } else if (type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
                    text = Math.max(text, type.getQualityValue());
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return json > text;
    }
}
