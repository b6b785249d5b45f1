package org.truce.verification;

import java.util.List;

/** What the ledger entries of monitors' decisions commit to (re-derived from the decisions' table). */
public final class DecisionRecords {

    private DecisionRecords() {
    }

    public record SplitRecord(String incidentId, List<String> taken, List<String> remaining, String reason) {
    }

    public record MergeRecord(List<String> incidents, List<String> reports, String reason) {
    }

    public record TargetRecord(String incidentId, List<String> reports, boolean energyInfrastructure, String reason) {
    }

    /** The record an entry committed to, from the stored decision. */
    public static Object of(IncidentDecision decision) {
        if (decision instanceof IncidentDecision.Split s) {
            return new SplitRecord(s.incidentId(), s.taken(), s.remaining(), s.reason());
        }
        if (decision instanceof IncidentDecision.Merge m) {
            return new MergeRecord(m.incidentIds(), m.reports(), m.reason());
        }
        IncidentDecision.TargetClassified t = (IncidentDecision.TargetClassified) decision;
        return new TargetRecord(t.incidentId(), t.reports(), t.energyInfrastructure(), t.reason());
    }
}
