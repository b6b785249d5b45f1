package org.truce.verification;

import java.util.List;
import java.util.Optional;

/** Storage of monitors' decisions; writes run inside the write path's transaction. Never updated. */
public interface IncidentDecisionStore {

    void insert(IncidentDecision decision, String decidedBy);

    /** Every decision, in ledger order. */
    List<IncidentDecision> all();

    Optional<IncidentDecision> at(long seq);
}
