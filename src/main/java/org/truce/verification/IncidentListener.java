package org.truce.verification;

import java.util.List;

/**
 * Told after the engine changed incidents (a report joined, a correction replaced a claim, a
 * monitor split or merged, a rebuild): beans of this type are called on the thread that applied
 * the change, with the incidents as they are now. An incident that disappeared (merged into
 * another) is not in the list; the one that absorbed it is.
 */
public interface IncidentListener {

    void incidentsChanged(List<IncidentFacts> changed);
}
