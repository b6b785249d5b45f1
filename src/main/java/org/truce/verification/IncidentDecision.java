package org.truce.verification;

import java.util.List;

/**
 * A monitor's decision about incidents, kept (table and ledger entry) and respected by every
 * later run and rebuild. Decisions name reports, never incidents alone, so they keep their meaning
 * whatever ids the incidents carry later; a correction of a report stands for it.
 */
public sealed interface IncidentDecision {

    /** The ledger entry that recorded it: decisions apply in this order. */
    long seq();

    /** The reports the decision is about. */
    List<String> reports();

    /**
     * Take {@code taken} out of the incident: they form an incident of their own, and none of them
     * is linked again with any of {@code remaining} (the rest of the incident at the time).
     */
    record Split(long seq, String incidentId, List<String> taken, List<String> remaining, String reason)
            implements IncidentDecision {
        public Split {
            taken = List.copyOf(taken);
            remaining = List.copyOf(remaining);
        }

        @Override
        public List<String> reports() {
            return java.util.stream.Stream.concat(taken.stream(), remaining.stream()).toList();
        }
    }

    /** The incidents' reports (all of them at the time) are one incident, whatever the rules say. */
    record Merge(long seq, List<String> incidentIds, List<String> reports, String reason) implements IncidentDecision {
        public Merge {
            incidentIds = List.copyOf(incidentIds);
            reports = List.copyOf(reports);
        }
    }

    /**
     * A monitor's reading of what was hit when the claims name no facility type: whether it is
     * energy infrastructure at all (an airfield, a city centre is not), with the reason.
     */
    record TargetClassified(long seq, String incidentId, List<String> reports, boolean energyInfrastructure,
                            String reason) implements IncidentDecision {
        public TargetClassified {
            reports = List.copyOf(reports);
        }
    }
}
