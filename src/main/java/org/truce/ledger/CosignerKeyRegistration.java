package org.truce.ledger;

import java.time.Instant;

/**
 * A monitor's cosigner key, as registered with the ledger and committed in its
 * {@code ledger.cosigner-key.registered} entry; the latest registration of an account is in force.
 *
 * @param publicKey the Ed25519 public key, base64 of 32 bytes
 */
public record CosignerKeyRegistration(String accountId, String username, String publicKey, Instant registeredAt) {
}
