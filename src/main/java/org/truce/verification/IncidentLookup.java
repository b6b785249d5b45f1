package org.truce.verification;

import java.util.Optional;
import java.util.stream.Stream;

import org.truce.shared.Viewer;

/** What the assessments need of the engine's incidents ({@link Incidents}, adapted in config). */
public interface IncidentLookup {

    /** Unfiltered. */
    Optional<IncidentFacts> facts(String incidentId);

    /** Unfiltered, current state. */
    Stream<IncidentFacts> all();

    /** The incident visibility rule (mediator and monitors all; a party its own, put to it or published). */
    boolean mayRead(Viewer viewer, String incidentId);
}
