package org.truce.agreement;

import java.time.Instant;

/**
 * A party's detached Ed25519 signature over the canonical bytes of one version, with the key the
 * server verified it with. This is also the content its ledger entry commits to.
 *
 * @param id             {@code sig_…}
 * @param agreementId    the agreement
 * @param version        the version signed
 * @param party          the party that signed
 * @param keyId          the key it was verified with
 * @param publicKey      that key, base64 of its raw 32 bytes
 * @param signature      base64 of the 64-byte signature
 * @param documentSha256 hex SHA-256 of the canonical bytes signed
 * @param signedAt       when the server accepted it
 */
public record PartySignature(String id, String agreementId, int version, String party, String keyId, String publicKey,
                             String signature, String documentSha256, Instant signedAt) {

    /** Whether the signature verifies over the document with the key it names. */
    public boolean verifies(String canonicalDocument) {
        java.util.Base64.Decoder base64 = java.util.Base64.getDecoder();
        return PartyKeys.verify(base64.decode(publicKey), canonicalDocument.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                base64.decode(signature));
    }
}
