package org.truce.agreement;

import java.time.Instant;
import java.util.List;

/**
 * A party's current public key and every key it registered before (oldest first), so that anyone
 * can verify a signature made with an earlier key.
 */
public record PublicKeyView(String party, String algorithm, String keyId, String publicKey, String publicKeyPem,
                            Instant registeredAt, List<PartyKey> history) {

    static PublicKeyView of(String party, List<PartyKey> keys) {
        PartyKey current = keys.get(keys.size() - 1);
        return new PublicKeyView(party, "Ed25519", current.keyId(), current.publicKey(),
                PartyKeys.publicKeyPem(current.raw()), current.registeredAt(), List.copyOf(keys));
    }
}
