package org.truce.verification;

import java.util.List;

/**
 * Told after the engine changed incidents (a report joined, a correction replaced a claim, a
 * monitor split or merged, a site or an agreement changed the determinations): beans of this type
 * are called on a thread of their own (so they may write through the write path), one change
 * after another in order, with the incidents as they are now. An incident that disappeared (merged
 * into another) is not in the list; the one that absorbed it is. The rebuild at start-up is not a
 * change and is not told.
 */
public interface IncidentListener {

    void incidentsChanged(List<IncidentFacts> changed);
}
