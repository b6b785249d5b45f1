package org.truce.ledger.store;

import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.ledger.CosignerKeys;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/** The ledger's own registry of cosigner keys, for monitors only: a party cosigns with its party key. */
@Component
public class MonitorCosignerKeys implements CosignerKeys {

    private final CosignatureStore store;

    public MonitorCosignerKeys(CosignatureStore store) {
        this.store = store;
    }

    @Override
    public Optional<byte[]> ed25519PublicKey(Viewer cosigner) {
        if (!cosigner.is(Role.MONITOR)) {
            return Optional.empty();
        }
        return store.currentKey(cosigner.accountId()).map(k -> Base64.getDecoder().decode(k.publicKey()));
    }
}
