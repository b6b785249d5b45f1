package org.truce.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every agreement and party key in memory, for reads: the API, the sites feature's question
 * whether site lists are exchanged, and the verification engine's terms in force. Replaced as a
 * whole whenever the ledger shows an agreement or key change (there are few agreements).
 */
public final class AgreementRegister {

    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of());

    public void replace(List<Agreement> agreements, Map<String, List<PartyKey>> keys) {
        Map<String, Agreement> byId = new LinkedHashMap<>();
        agreements.forEach(a -> byId.put(a.id(), a));
        snapshot = new Snapshot(java.util.Collections.unmodifiableMap(byId), Map.copyOf(keys));
    }

    public Optional<Agreement> agreement(String id) {
        return Optional.ofNullable(snapshot.agreements().get(id));
    }

    /** In the order they were drafted. */
    public List<Agreement> agreements() {
        return List.copyOf(snapshot.agreements().values());
    }

    public List<PartyKey> keys(String party) {
        return snapshot.keys().getOrDefault(party, List.of());
    }

    private record Snapshot(Map<String, Agreement> agreements, Map<String, List<PartyKey>> keys) {
    }
}
