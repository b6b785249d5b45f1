package org.truce.ledger.store;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Viewer;

/** The records behind the ledger's own entries (cosignatures, cosigner keys): public, like the checkpoints. */
@Component
public class LedgerOwnRecords implements LedgerRecordSource {

    static final String COSIGNED = "ledger.cosigned";
    static final String COSIGNER_KEY_REGISTERED = "ledger.cosigner-key.registered";

    private final CosignatureStore store;

    public LedgerOwnRecords(CosignatureStore store) {
        this.store = store;
    }

    @Override
    public boolean handles(String action) {
        return action.equals(COSIGNED) || action.equals(COSIGNER_KEY_REGISTERED);
    }

    @Override
    public Optional<Object> content(String action, String subject, long seq, Viewer viewer) {
        if (action.equals(COSIGNED)) {
            return store.recordedBy(subject, seq).map(c -> c);
        }
        if (action.equals(COSIGNER_KEY_REGISTERED)) {
            return store.keyRecordedBy(subject, seq).map(k -> k);
        }
        return Optional.empty();
    }
}
