package org.truce.agreement.config;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.agreement.Agreements;
import org.truce.agreement.PartyKeys;
import org.truce.ledger.CosignerKeys;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/** A party cosigns the ledger's checkpoints with the key it registered to sign agreements. */
@Component
class PartyCosignerKeys implements CosignerKeys {

    private final Agreements agreements;

    PartyCosignerKeys(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public Optional<byte[]> ed25519PublicKey(Viewer cosigner) {
        if (!cosigner.is(Role.PARTY)) {
            return Optional.empty();
        }
        return agreements.publicKey(cosigner.party()).map(key -> PartyKeys.parsePublicKey(key.publicKey()));
    }
}
