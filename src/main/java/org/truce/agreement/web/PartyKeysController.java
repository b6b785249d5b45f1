package org.truce.agreement.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.truce.agreement.Agreements;
import org.truce.agreement.PublicKeyView;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Party keys", description = "The parties' Ed25519 public keys, with which anyone verifies their signatures")
class PartyKeysController {

    private final Agreements agreements;

    PartyKeysController(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/api/parties/{code}/public-key")
    @Operation(summary = "A party's current public key and every key it registered before (public)")
    PublicKeyView get(@PathVariable String code) {
        return agreements.publicKey(code).orElseThrow(() -> new NotFound("public key of party", code));
    }

    @PutMapping(path = "/api/parties/{code}/public-key", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register the party's Ed25519 public key, as PEM or base64 of its 32 bytes (that party only)")
    PublicKeyView register(Viewer viewer, @PathVariable String code, @RequestBody KeyRequest request) {
        return agreements.registerKey(viewer, code, request.publicKey());
    }

    @PutMapping(path = "/api/parties/{code}/public-key", consumes = {MediaType.TEXT_PLAIN_VALUE, "application/x-pem-file"})
    @Operation(summary = "Register the party's public key sent as a PEM file (that party only)")
    PublicKeyView registerPem(Viewer viewer, @PathVariable String code, @RequestBody String pem) {
        return agreements.registerKey(viewer, code, pem);
    }

    /** A public key: PEM (SubjectPublicKeyInfo) or base64 of the raw 32 bytes. */
    record KeyRequest(String publicKey) {
    }
}
