package org.truce.ledger;

import java.util.Optional;

import org.truce.shared.Viewer;

/**
 * Where the ledger finds the Ed25519 public key a cosigner signs checkpoints with (SPI).
 *
 * <p>A party cosigns with its party key, registered through the agreement feature, which
 * implements this interface for party viewers; the ledger implements it for monitors from its own
 * registry. The ledger asks every implementation in turn and takes the first key it gets, so an
 * implementation answers only for the viewers it owns and returns empty for all others.
 */
public interface CosignerKeys {

    /** The raw 32-byte Ed25519 public key registered for this cosigner, if this source knows one. */
    Optional<byte[]> ed25519PublicKey(Viewer cosigner);
}
