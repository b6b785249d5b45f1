package org.truce.ledger;

import org.truce.shared.Role;
import org.truce.shared.Viewer;

/**
 * How a cosigner is named in this log's notes: {@code <origin>/cosigner/<party code>} for a
 * party, {@code <origin>/cosigner/<username>} for a monitor. Its key ID is the C2SP
 * cosignature/v1 one, SHA-256(name ‖ 0x0A ‖ 0x04 ‖ 32-byte public key)[:4].
 */
public final class Cosigners {

    private Cosigners() {
    }

    /** Who cosigns: the party code for a party account, the username for a monitor; null for anyone else. */
    public static String cosigner(Viewer viewer) {
        if (viewer.is(Role.PARTY)) {
            return viewer.party();
        }
        if (viewer.is(Role.MONITOR)) {
            return viewer.username();
        }
        return null;
    }

    public static String keyName(String origin, String cosigner) {
        return origin + "/cosigner/" + cosigner;
    }

    /** The verifier key that checks this cosigner's cosignatures of checkpoints of the log {@code origin}. */
    public static NoteVerifier verifier(String origin, String cosigner, byte[] publicKey) {
        return NoteVerifier.cosigner(keyName(origin, cosigner), publicKey);
    }
}
