package org.truce.ledger.web;

import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.truce.ledger.CheckpointCosignature;
import org.truce.ledger.CosignerKeyRegistration;
import org.truce.ledger.Cosigners;
import org.truce.ledger.Ed25519Keys;
import org.truce.ledger.NoteVerifier;
import org.truce.ledger.store.CheckpointIssuer;
import org.truce.ledger.store.CheckpointStore.StoredCheckpoint;
import org.truce.ledger.store.Cosigning;
import org.truce.ledger.store.LedgerSigningKey;
import org.truce.shared.Forbidden;
import org.truce.shared.InvalidInput;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Ledger", description = "The Merkle log of every state change: checkpoints, cosignatures, proofs, entries")
class CheckpointController {

    private final CheckpointIssuer issuer;
    private final Cosigning cosigning;
    private final ServedCheckpoints served;
    private final LedgerSigningKey logKey;

    CheckpointController(CheckpointIssuer issuer, Cosigning cosigning, ServedCheckpoints served, LedgerSigningKey logKey) {
        this.issuer = issuer;
        this.cosigning = cosigning;
        this.served = served;
        this.logKey = logKey;
    }

    @GetMapping("/api/ledger/checkpoint")
    @Operation(summary = "The latest checkpoint (or the one of a given size) with every cosignature: a C2SP signed"
            + " note as text/plain, or JSON with size, root and note on Accept: application/json")
    ResponseEntity<?> checkpoint(@RequestParam(required = false) Long size,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        StoredCheckpoint checkpoint = served.find(size);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.noCache());
        if (ServedCheckpoints.wantsJson(accept)) {
            return ok.contentType(MediaType.APPLICATION_JSON).body(served.json(checkpoint));
        }
        return ok.contentType(ServedCheckpoints.NOTE).body(served.noteWithCosignatures(checkpoint));
    }

    @PostMapping("/api/ledger/checkpoint")
    @Operation(summary = "Issue a checkpoint of the ledger now, if it grew since the latest (mediator)")
    Map<String, Object> issue(Viewer viewer) {
        if (!viewer.is(Role.MEDIATOR)) {
            throw new Forbidden("only the mediator issues checkpoints on demand");
        }
        return served.json(issuer.issue());
    }

    @PostMapping(path = "/api/ledger/checkpoint/cosign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cosign a checkpoint (party or monitor): {size, cosignature: '— <name> <base64>'} or"
            + " {size, timestamp, signature}; checked with the cosigner's registered key")
    CheckpointCosignature cosign(Viewer viewer, @RequestBody CosignRequest request) {
        if (request.size() == null) {
            throw InvalidInput.of("size", "required: the tree size of the checkpoint cosigned");
        }
        return cosigning.cosign(viewer, request.size(),
                new Cosigning.Submission(request.cosignature(), request.timestamp(), request.signature()));
    }

    @PostMapping(path = "/api/ledger/checkpoint/cosign", consumes = MediaType.TEXT_PLAIN_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cosign a checkpoint with a cosignature line as the body, the checkpoint's size as ?size=")
    CheckpointCosignature cosignLine(Viewer viewer, @RequestParam long size, @RequestBody String line) {
        return cosigning.cosign(viewer, size, new Cosigning.Submission(line.strip(), null, null));
    }

    @PutMapping("/api/ledger/cosigner-key")
    @Operation(summary = "Register the calling monitor's cosigner key (base64 of the 32-byte Ed25519 key, or PEM)")
    Map<String, Object> registerKey(Viewer viewer, @RequestBody CosignerKeyRequest request) {
        CosignerKeyRegistration registration = cosigning.registerMonitorKey(viewer, request.publicKey());
        NoteVerifier verifier = Cosigners.verifier(logKey.origin(), registration.username(),
                Base64.getDecoder().decode(registration.publicKey()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cosigner", registration.username());
        body.put("publicKey", registration.publicKey());
        body.put("keyName", verifier.name());
        body.put("keyId", HexFormat.of().toHexDigits(verifier.keyId()));
        body.put("vkey", verifier.format());
        body.put("registeredAt", registration.registeredAt());
        return body;
    }

    @GetMapping("/api/ledger/public-key")
    @Operation(summary = "The log's public key: C2SP verifier key (vkey) and PEM; text/plain gives the vkey alone")
    ResponseEntity<?> publicKey(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        NoteVerifier verifier = logKey.verifier();
        if (accept != null && accept.startsWith("text/plain")) {
            return ResponseEntity.ok().contentType(ServedCheckpoints.NOTE).body(verifier.format() + "\n");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("origin", logKey.origin());
        body.put("vkey", verifier.format());
        body.put("keyId", HexFormat.of().toHexDigits(verifier.keyId()));
        body.put("publicKey", Base64.getEncoder().encodeToString(verifier.publicKey()));
        body.put("pem", Ed25519Keys.toPem(verifier.publicKey()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** A cosignature: the line, or the timestamp and signature alone. */
    record CosignRequest(Long size, String cosignature, Long timestamp, String signature) {
    }

    record CosignerKeyRequest(String publicKey) {
    }
}
