package org.truce.agreement.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.truce.agreement.AgreementView;
import org.truce.agreement.Agreements;
import org.truce.agreement.SignatureView;
import org.truce.agreement.TermsInput;
import org.truce.agreement.VersionView;
import org.truce.shared.InvalidInput;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Agreements", description = "Signed, versioned terms: drafts, amendments, Ed25519 signatures by each party")
class AgreementsController {

    private final Agreements agreements;

    AgreementsController(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/api/agreements")
    @Operation(summary = "The agreements the caller may see, with their versions, signatures and status at an instant")
    List<AgreementView> list(Viewer viewer, @Parameter(description = "the instant statuses are for (default: now)")
                             @RequestParam(required = false) String at) {
        return agreements.list(viewer, instant(at));
    }

    @GetMapping("/api/agreements/{id}")
    @Operation(summary = "One agreement: its current version, all versions, signatures, and status at ?at=")
    AgreementView get(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String at) {
        return agreements.get(viewer, id, instant(at));
    }

    @PostMapping("/api/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a new agreement (mediator)")
    AgreementView draft(Viewer viewer, @RequestBody DraftRequest request) {
        return agreements.draft(viewer, request.terms());
    }

    @PutMapping("/api/agreements/{id}/draft")
    @Operation(summary = "Replace the draft's terms (mediator): edits the unsigned latest version, or drafts an amendment "
            + "(a new version) after a signature")
    AgreementView editDraft(Viewer viewer, @PathVariable String id, @RequestBody DraftRequest request) {
        return agreements.editDraft(viewer, id, request.terms());
    }

    @GetMapping("/api/agreements/{id}/versions/{version}")
    @Operation(summary = "One version, with its vagueness findings and signatures")
    VersionView version(Viewer viewer, @PathVariable String id, @PathVariable int version,
                        @RequestParam(required = false) String at) {
        return agreements.version(viewer, id, version, instant(at));
    }

    @GetMapping("/api/agreements/{id}/versions/{version}/canonical")
    @Operation(summary = "The canonical JSON (RFC 8785) of a version: the exact bytes a party signs")
    ResponseEntity<byte[]> canonical(Viewer viewer, @PathVariable String id, @PathVariable int version) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(agreements.canonical(viewer, id, version));
    }

    @PostMapping("/api/agreements/{id}/versions/{version}/signatures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign a version (party): a base64 detached Ed25519 signature over its canonical bytes, made with "
            + "the private key of the party's registered public key (./truce sign)")
    SignatureView sign(Viewer viewer, @PathVariable String id, @PathVariable int version, @RequestBody SignRequest request) {
        return agreements.sign(viewer, id, version, request.signature());
    }

    /** The terms of a new draft or of the draft's replacement. */
    record DraftRequest(TermsInput terms) {
    }

    /** A detached signature: base64 of the 64 Ed25519 signature bytes. */
    record SignRequest(String signature) {
    }

    static Instant instant(String at) {
        if (at == null || at.isBlank()) {
            return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        }
        try {
            return OffsetDateTime.parse(at.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("at", "'" + at + "' is not an instant such as 2025-03-20T12:00:00Z");
        }
    }
}
