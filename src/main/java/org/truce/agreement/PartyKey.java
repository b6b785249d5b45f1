package org.truce.agreement;

import java.time.Instant;

/**
 * A public key a party registered. Keys are never deleted: a re-registered key does not touch the
 * signatures made with an earlier one, each of which names the key it was verified with.
 *
 * @param party        the party code
 * @param keyId        {@link PartyKeys#keyId} of the key
 * @param publicKey    base64 of the raw 32-byte Ed25519 public key
 * @param registeredAt when the party registered it
 */
public record PartyKey(String party, String keyId, String publicKey, Instant registeredAt) {

    public byte[] raw() {
        return java.util.Base64.getDecoder().decode(publicKey);
    }
}
