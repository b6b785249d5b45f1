package org.truce.agreement;

import java.time.Instant;

/**
 * A signature as the API shows it: who signed, with which key (its id and the public key itself),
 * and whether it verifies over the version's canonical bytes, checked on every read.
 */
public record SignatureView(String id, String party, String keyId, String publicKey, String signature,
                            Instant signedAt, boolean verifies) {

    static SignatureView of(PartySignature signature, String document) {
        return new SignatureView(signature.id(), signature.party(), signature.keyId(), signature.publicKey(),
                signature.signature(), signature.signedAt(), signature.verifies(document));
    }
}
